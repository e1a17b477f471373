package org.serviceweek.fame;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.serviceweek.people.Person;
import org.serviceweek.shared.PublicContentListener;
import org.springframework.util.Assert;

/**
 * A person in the wall of fame: an award of a category for a year, the citation read at
 * the ceremony and, optionally, the shout-outs that earned it. Visitors see it only if
 * the person agreed to appear on the public wall.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class Induction {

	public static final int MAX_CITATION = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private AwardCategory category;

	@Column(name = "award_year")
	private int year;

	private String citation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "inducted_by_id")
	private Person inductedBy;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "induction_shout_out", joinColumns = @JoinColumn(name = "induction_id"))
	@Column(name = "shout_out_id")
	private Set<Long> shoutOutIds = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected Induction() {
	}

	Induction(Person person, AwardCategory category, int year, String citation, Set<Long> shoutOutIds,
			Person inductedBy, Instant now) {
		Assert.notNull(person, "An induction names a person");
		this.person = person;
		this.inductedBy = inductedBy;
		this.createdAt = now;
		change(category, year, citation, shoutOutIds, now);
	}

	void change(AwardCategory category, int year, String citation, Set<Long> shoutOutIds, Instant now) {
		Assert.notNull(category, "An induction has an award category");
		Assert.hasText(citation, "An induction has a citation");
		this.category = category;
		this.year = year;
		this.citation = citation.strip();
		this.shoutOutIds.clear();
		this.shoutOutIds.addAll(shoutOutIds);
		this.updatedAt = now;
	}

	/** Whether visitors may see it: the person agreed to appear on the public wall. */
	public boolean isPublic() {
		return this.person.isPublicConsent();
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

	public AwardCategory getCategory() {
		return this.category;
	}

	public int getYear() {
		return this.year;
	}

	public String getCitation() {
		return this.citation;
	}

	public Person getInductedBy() {
		return this.inductedBy;
	}

	public Set<Long> getShoutOutIds() {
		return this.shoutOutIds;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
