package org.serviceweek.listening;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.util.Assert;

/**
 * What a challenge or suggestion is about, such as "transfers between departments".
 * Managers keep the list. The starting categories have a code and no name, so each reader
 * sees them in their own language until a manager renames one; a retired category stays
 * on earlier items.
 */
@Entity
public class SuggestionCategory {

	public static final int MAX_NAME = 80;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	private String name;

	private boolean active;

	private int position;

	protected SuggestionCategory() {
	}

	SuggestionCategory(String name, int position) {
		rename(name);
		this.active = true;
		this.position = position;
	}

	void rename(String name) {
		Assert.hasText(name, "A category needs a name");
		this.name = name.strip();
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

	public long getVersion() {
		return this.version;
	}

	/**
	 * The code of a starting category, shown through the messages while it has no name;
	 * {@code null} for categories managers added.
	 */
	public String getCode() {
		return this.code;
	}

	/** The name a manager gave it, or {@code null} for a starting category as it came. */
	public String getName() {
		return this.name;
	}

	/** The message key of a starting category's name. */
	public String getMessageKey() {
		return (this.code != null) ? "suggestions.category." + this.code : null;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

}
