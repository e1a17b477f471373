package org.serviceweek.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.serviceweek.people.Team;

class TeamForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	private Long leadId;

	private Long version;

	static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.name = team.getName();
		form.leadId = (team.getLead() != null) ? team.getLead().getId() : null;
		form.version = team.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getLeadId() {
		return this.leadId;
	}

	public void setLeadId(Long leadId) {
		this.leadId = leadId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
