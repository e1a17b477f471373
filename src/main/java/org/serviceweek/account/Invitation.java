package org.serviceweek.account;

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
 * A one-time, expiring invitation for a person to set a password. Only the token's hash
 * is kept.
 */
@Entity
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String tokenHash;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "invited_by_id")
	private Account invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant acceptedAt;

	private Instant revokedAt;

	protected Invitation() {
	}

	Invitation(Person person, Role role, String tokenHash, Account invitedBy, Instant now, Instant expiresAt) {
		this.person = person;
		this.role = role;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isOpenAt(Instant now) {
		return this.acceptedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void accept(Instant now) {
		if (!isOpenAt(now)) {
			throw new IllegalStateException("Invitation is no longer open");
		}
		this.acceptedAt = now;
	}

	void revoke(Instant now) {
		if (this.acceptedAt == null && this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Person getPerson() {
		return this.person;
	}

	public Role getRole() {
		return this.role;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

}
