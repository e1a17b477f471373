package org.serviceweek.people;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.springframework.util.Assert;

import org.serviceweek.shared.PublicContentListener;

/**
 * A team of people, for example "Billing support", with the person who leads it.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id")
	private Person lead;

	protected Team() {
	}

	public Team(String name) {
		rename(name);
	}

	public void rename(String name) {
		Assert.hasText(name, "A team needs a name");
		this.name = name.strip();
	}

	public void appointLead(Person lead) {
		this.lead = lead;
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

	public Person getLead() {
		return this.lead;
	}

}
