package org.serviceweek.listening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.serviceweek.people.Person;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * A challenge or suggestion from the front line: a title, a description and a category,
 * raised by a named colleague or anonymously. An anonymous one has no author at all (not
 * a hidden one), so nothing can show or leak who wrote it. Managers answer it publicly
 * and move it through its states; every move is kept in the history.
 */
@Entity
public class Suggestion {

	public static final int MAX_TITLE = 120;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int MAX_ANSWER = 2000;

	public static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private SuggestionCategory category;

	private String title;

	private String description;

	private boolean anonymous;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private Person author;

	@Enumerated(EnumType.STRING)
	private SuggestionState state;

	private String answer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "answered_by_id")
	private Person answeredBy;

	private Instant answeredAt;

	private String outcome;

	private Instant stateChangedAt;

	private Instant createdAt;

	/**
	 * The form's one-time key (random, not linked to anyone), so a resend adds nothing.
	 */
	private String submissionKey;

	protected Suggestion() {
	}

	private Suggestion(SuggestionCategory category, String title, String description, boolean anonymous, Person author,
			Instant createdAt) {
		Assert.notNull(category, "A suggestion has a category");
		Assert.isTrue(Text.trimToNull(title) != null && title.strip().length() <= MAX_TITLE,
				"A suggestion has a title of 1 to 120 characters");
		Assert.isTrue(Text.trimToNull(description) != null && description.strip().length() <= MAX_DESCRIPTION,
				"A suggestion has a description of 1 to 2,000 characters");
		this.category = category;
		this.title = title.strip();
		this.description = description.strip();
		this.anonymous = anonymous;
		this.author = author;
		this.state = SuggestionState.NEW;
		this.createdAt = createdAt;
	}

	Suggestion submittedWith(String key) {
		this.submissionKey = key;
		return this;
	}

	static Suggestion named(Person author, SuggestionCategory category, String title, String description, Instant now) {
		Assert.notNull(author, "A named suggestion has an author");
		return new Suggestion(category, title, description, false, author, now);
	}

	/**
	 * A suggestion without an author.
	 * @param raisedOn when it was raised, to the day only
	 */
	static Suggestion anonymous(SuggestionCategory category, String title, String description, Instant raisedOn) {
		return new Suggestion(category, title, description, true, null, raisedOn);
	}

	/** A manager's public answer; answering again replaces it. */
	void answer(Person by, String text, Instant now) {
		Assert.notNull(by, "An answer is given by a manager");
		String answer = Text.trimToNull(text);
		Assert.isTrue(answer != null && answer.length() <= MAX_ANSWER, "An answer has 1 to 2,000 characters");
		this.answer = answer;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/**
	 * A manager moves it to another state.
	 * @return the move, for the history
	 * @throws SuggestionRuleException if the move is not allowed from here, or a note it
	 * needs is missing
	 */
	SuggestionMove moveTo(SuggestionState target, Person by, String note, Instant now) {
		Assert.notNull(by, "A move is made by a manager");
		if (!this.state.canMoveTo(target)) {
			throw new SuggestionRuleException("state", "suggestions.move.notAllowed");
		}
		String text = Text.trimToNull(note);
		if (target.needsNote() && text == null) {
			throw new SuggestionRuleException("note", (target == SuggestionState.DONE)
					? "suggestions.move.outcomeMissing" : "suggestions.move.reasonMissing");
		}
		if (text != null && text.length() > MAX_NOTE) {
			throw new SuggestionRuleException("note", "suggestions.move.noteTooLong", MAX_NOTE);
		}
		SuggestionMove move = new SuggestionMove(this, this.state, target, by, text, now);
		this.state = target;
		this.stateChangedAt = now;
		if (target.needsNote()) {
			this.outcome = text;
		}
		else if (target.isOpen()) {
			this.outcome = null;
		}
		return move;
	}

	public boolean isOpen() {
		return this.state.isOpen();
	}

	/** Whether this person wrote it (never true for an anonymous one). */
	public boolean isRaisedBy(long personId) {
		return this.author != null && Long.valueOf(personId).equals(this.author.getId());
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public SuggestionCategory getCategory() {
		return this.category;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	/** Who raised it, or {@code null} when it was raised anonymously. */
	public Person getAuthor() {
		return this.author;
	}

	public SuggestionState getState() {
		return this.state;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Person getAnsweredBy() {
		return this.answeredBy;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	/** What changed (once done), or why not (once "won't do"). */
	public String getOutcome() {
		return this.outcome;
	}

	public Instant getStateChangedAt() {
		return this.stateChangedAt;
	}

	/** When it was raised; only the day for anonymous ones. */
	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
