package org.serviceweek.frontline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.serviceweek.people.Person;

/**
 * A person managers marked as a leader, who is expected to spend an hour a month beside
 * the front line. Kept apart from the person, so the directory knows nothing of it.
 */
@Entity
public class Leader {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id", insertable = false, updatable = false)
	private Person person;

	private Instant since;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "marked_by_id")
	private Person markedBy;

	protected Leader() {
	}

	Leader(Person person, Person markedBy, Instant since) {
		this.personId = person.getId();
		this.person = person;
		this.markedBy = markedBy;
		this.since = since;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Person getPerson() {
		return this.person;
	}

	public Instant getSince() {
		return this.since;
	}

	public Person getMarkedBy() {
		return this.markedBy;
	}

}
