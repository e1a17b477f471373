package org.serviceweek.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;

/**
 * The person form, for adding and editing. Kept apart from {@link Person} so that only
 * these fields can ever be bound.
 */
class PersonForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 120)
	private String jobTitle;

	@Size(max = 40)
	private String pronouns;

	private Long teamId;

	private boolean publicConsent;

	private Long version;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.email = person.getEmail();
		form.jobTitle = person.getJobTitle();
		form.pronouns = person.getPronouns();
		form.teamId = (person.getTeam() != null) ? person.getTeam().getId() : null;
		form.publicConsent = person.isPublicConsent();
		form.version = person.getVersion();
		return form;
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.name, this.email, this.jobTitle, this.pronouns, this.teamId, this.publicConsent);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public boolean isPublicConsent() {
		return this.publicConsent;
	}

	public void setPublicConsent(boolean publicConsent) {
		this.publicConsent = publicConsent;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
