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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import org.serviceweek.people.Person;
import org.springframework.util.Assert;

/**
 * The right of one person to sign in, with their role. The person's email is the user
 * name.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private String ssoIssuer;

	private String ssoSubject;

	protected Account() {
	}

	Account(Person person, Role role, String passwordHash, Instant now) {
		Assert.notNull(person, "An account belongs to a person");
		Assert.notNull(role, "An account has a role");
		this.person = person;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
		changePassword(passwordHash, now);
	}

	void changePassword(String passwordHash, Instant now) {
		Assert.hasText(passwordHash, "A password hash is required");
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void changeRole(Role role) {
		Assert.notNull(role, "An account has a role");
		this.role = role;
	}

	/**
	 * Links this account to a company account (single sign-on): from now on that issuer
	 * and subject find it, whatever email the provider sends.
	 */
	void linkCompanyAccount(String issuer, String subject) {
		Assert.hasText(issuer, "A company account has an issuer");
		Assert.hasText(subject, "A company account has a subject");
		this.ssoIssuer = issuer;
		this.ssoSubject = subject;
	}

	/**
	 * Whether the given company account may be linked here: nothing linked yet, or a link
	 * to another issuer (the company moved to a new provider). Another subject of the
	 * same issuer is another person.
	 */
	boolean mayLinkCompanyAccount(String issuer, String subject) {
		return this.ssoIssuer == null || !this.ssoIssuer.equals(issuer) || this.ssoSubject.equals(subject);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Person getPerson() {
		return this.person;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	/** Whether a company account (single sign-on) is linked to this account. */
	public boolean hasCompanyAccount() {
		return this.ssoSubject != null;
	}

}
