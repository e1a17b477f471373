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

import org.serviceweek.people.Person;

/**
 * One step in a suggestion's history: from which state to which, by which manager, when,
 * and the note (the reason for "won't do", what changed for "done").
 */
@Entity
public class SuggestionMove {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "suggestion_id")
	private Suggestion suggestion;

	@Enumerated(EnumType.STRING)
	private SuggestionState fromState;

	@Enumerated(EnumType.STRING)
	private SuggestionState toState;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "moved_by_id")
	private Person movedBy;

	private Instant movedAt;

	private String note;

	protected SuggestionMove() {
	}

	SuggestionMove(Suggestion suggestion, SuggestionState fromState, SuggestionState toState, Person movedBy,
			String note, Instant movedAt) {
		this.suggestion = suggestion;
		this.fromState = fromState;
		this.toState = toState;
		this.movedBy = movedBy;
		this.note = note;
		this.movedAt = movedAt;
	}

	public Long getId() {
		return this.id;
	}

	public SuggestionState getFromState() {
		return this.fromState;
	}

	public SuggestionState getToState() {
		return this.toState;
	}

	public Person getMovedBy() {
		return this.movedBy;
	}

	public Instant getMovedAt() {
		return this.movedAt;
	}

	public String getNote() {
		return this.note;
	}

}
