package org.serviceweek.fame;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.serviceweek.shared.PublicContentListener;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * A kind of award, such as "Customer Hero"; an induction gives it for a year ("Customer
 * Hero of 2026"). Managers keep the list; a retired category stays on old inductions.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class AwardCategory {

	public static final int MAX_NAME = 80;

	public static final int MAX_DESCRIPTION = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	private boolean active;

	private int position;

	protected AwardCategory() {
	}

	AwardCategory(String name, String description, int position) {
		rename(name, description);
		this.active = true;
		this.position = position;
	}

	void rename(String name, String description) {
		Assert.hasText(name, "A category needs a name");
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
