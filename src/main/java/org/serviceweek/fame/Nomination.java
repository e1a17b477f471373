package org.serviceweek.fame;

import java.time.Instant;

import jakarta.persistence.Column;
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
 * A colleague's suggestion that someone belongs in the wall of fame, with the reason.
 * Managers see nominations grouped by nominee, then induct or decline.
 */
@Entity
public class Nomination {

	public static final int MAX_REASON = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "nominee_id")
	private Person nominee;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "nominator_id")
	private Person nominator;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private AwardCategory category;

	@Column(name = "award_year")
	private int year;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Long inductionId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "decided_by_id")
	private Person decidedBy;

	private Instant decidedAt;

	private Instant createdAt;

	private Instant updatedAt;

	protected Nomination() {
	}

	Nomination(Person nominee, Person nominator, int year, Instant now) {
		this.nominee = nominee;
		this.nominator = nominator;
		this.year = year;
		this.status = Status.OPEN;
		this.createdAt = now;
	}

	void explain(AwardCategory category, String reason, Instant now) {
		this.category = category;
		this.reason = reason.strip();
		this.updatedAt = now;
	}

	void inducted(long inductionId, Person by, Instant now) {
		this.status = Status.INDUCTED;
		this.inductionId = inductionId;
		decided(by, now);
	}

	void decline(Person by, Instant now) {
		this.status = Status.DECLINED;
		decided(by, now);
	}

	/** The induction that settled it was taken back. */
	void reopen() {
		this.status = Status.OPEN;
		this.inductionId = null;
		this.decidedBy = null;
		this.decidedAt = null;
	}

	private void decided(Person by, Instant now) {
		this.decidedBy = by;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	public boolean isOpen() {
		return this.status == Status.OPEN;
	}

	public Long getId() {
		return this.id;
	}

	public Person getNominee() {
		return this.nominee;
	}

	public Person getNominator() {
		return this.nominator;
	}

	public AwardCategory getCategory() {
		return this.category;
	}

	public int getYear() {
		return this.year;
	}

	public String getReason() {
		return this.reason;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getInductionId() {
		return this.inductionId;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Where a nomination stands.
	 */
	public enum Status {

		OPEN, INDUCTED, DECLINED

	}

}
