package org.serviceweek.week;

/**
 * Someone else saved the activity while this person was editing it. Carries the activity
 * as it is now, so the conflict page can show what changed.
 */
public class ActivityConflictException extends RuntimeException {

	private final transient Activity current;

	ActivityConflictException(Activity current) {
		super("Activity " + current.getId() + " was changed by someone else");
		this.current = current;
	}

	public Activity getCurrent() {
		return this.current;
	}

}
