package org.serviceweek.week;

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
 * A person's place at an activity, or their place in its waiting list.
 */
@Entity
public class SignUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	private SignUpStatus status;

	private Instant signedUpAt;

	protected SignUp() {
	}

	SignUp(Activity activity, Person person, SignUpStatus status, Instant now) {
		this.activity = activity;
		this.person = person;
		this.status = status;
		this.signedUpAt = now;
	}

	void confirm() {
		this.status = SignUpStatus.CONFIRMED;
	}

	public Long getId() {
		return this.id;
	}

	public Activity getActivity() {
		return this.activity;
	}

	public Person getPerson() {
		return this.person;
	}

	public SignUpStatus getStatus() {
		return this.status;
	}

	public Instant getSignedUpAt() {
		return this.signedUpAt;
	}

	public boolean isConfirmed() {
		return this.status == SignUpStatus.CONFIRMED;
	}

}
