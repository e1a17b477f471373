package org.serviceweek.people;

import java.time.Instant;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.serviceweek.shared.PublicContentListener;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * Someone in the organisation. A person is shown by name to visitors of the public wall
 * only after they (or a manager on their behalf) gave consent; consent is off until then.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	private String email;

	private String jobTitle;

	private String pronouns;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	private boolean publicConsent;

	private Instant createdAt;

	protected Person() {
	}

	public Person(String name, String email, Instant createdAt) {
		Assert.notNull(createdAt, "createdAt is required");
		this.createdAt = createdAt;
		this.publicConsent = false;
		rename(name);
		changeEmail(email);
	}

	public void rename(String name) {
		Assert.hasText(name, "A person needs a name");
		this.name = name.strip();
	}

	public void changeEmail(String email) {
		String normalised = Text.normaliseEmail(email);
		Assert.hasText(normalised, "A person needs an email");
		this.email = normalised;
	}

	public void describe(String jobTitle, String pronouns) {
		this.jobTitle = Text.trimToNull(jobTitle);
		this.pronouns = Text.trimToNull(pronouns);
	}

	/**
	 * Moves the person to another team (or none). A lead who leaves a team no longer
	 * leads it.
	 */
	public void moveTo(Team team) {
		boolean leaving = this.team != null
				&& (team == null || !java.util.Objects.equals(this.team.getId(), team.getId()));
		if (leaving && this.team.getLead() != null && java.util.Objects.equals(this.team.getLead().getId(), this.id)) {
			this.team.appointLead(null);
		}
		this.team = team;
	}

	/**
	 * Records the person's choice about being named on the public wall.
	 * @return whether it differs from the choice before
	 */
	public boolean changePublicConsent(boolean consent) {
		boolean changed = this.publicConsent != consent;
		this.publicConsent = consent;
		return changed;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public Team getTeam() {
		return this.team;
	}

	public boolean isPublicConsent() {
		return this.publicConsent;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
