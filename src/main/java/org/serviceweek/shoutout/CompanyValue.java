package org.serviceweek.shoutout;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.serviceweek.shared.PublicContentListener;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * A value the company cares about, such as "went the extra mile"; every shout-out shows
 * one. Managers keep the list; a retired value stays on old shout-outs but is no longer
 * offered.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class CompanyValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	private boolean active;

	private int position;

	protected CompanyValue() {
	}

	public CompanyValue(String name, String description, int position) {
		rename(name, description);
		this.active = true;
		this.position = position;
	}

	void rename(String name, String description) {
		Assert.hasText(name, "A value needs a name");
		this.name = name.strip();
		this.description = Text.trimToNull(description);
	}

	void retire() {
		this.active = false;
	}

	void reinstate() {
		this.active = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

}
