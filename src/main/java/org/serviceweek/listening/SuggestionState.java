package org.serviceweek.listening;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where a challenge or suggestion stands: new, under review, planned, done, or "won't do"
 * (with a reason). Managers move items forward along that path, may skip a step, may
 * close an open item as "won't do", and may reconsider a "won't do".
 */
public enum SuggestionState {

	NEW, UNDER_REVIEW, PLANNED, DONE, WONT_DO;

	/** The states of items still waiting for something to happen. */
	public static final Set<SuggestionState> OPEN = Set.of(NEW, UNDER_REVIEW, PLANNED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Whether a manager may move an item in this state to the target state. */
	public boolean canMoveTo(SuggestionState target) {
		if (target == null || target == this) {
			return false;
		}
		return switch (this) {
			case NEW, UNDER_REVIEW, PLANNED -> target == WONT_DO || (target != NEW && target.ordinal() > ordinal());
			case WONT_DO -> target == UNDER_REVIEW;
			case DONE -> false;
		};
	}

	/**
	 * The states a manager may move an item in this state to, in the order of the path.
	 */
	public List<SuggestionState> nextStates() {
		return Arrays.stream(values()).filter(this::canMoveTo).toList();
	}

	/**
	 * Whether a move to this state needs a note: the reason for "won't do", what changed
	 * for "done".
	 */
	public boolean needsNote() {
		return this == WONT_DO || this == DONE;
	}

}
