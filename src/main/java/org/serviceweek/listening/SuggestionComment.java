package org.serviceweek.listening;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.serviceweek.people.Person;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * A colleague's comment on a suggestion. Comments are never anonymous: the author is
 * shown.
 */
@Entity
public class SuggestionComment {

	public static final int MAX_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "suggestion_id")
	private Long suggestionId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private Person author;

	private String body;

	private Instant createdAt;

	protected SuggestionComment() {
	}

	SuggestionComment(long suggestionId, Person author, String body, Instant now) {
		Assert.notNull(author, "A comment has an author");
		String text = Text.trimToNull(body);
		Assert.isTrue(text != null && text.length() <= MAX_LENGTH, "A comment has 1 to 1,000 characters");
		this.suggestionId = suggestionId;
		this.author = author;
		this.body = text;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Person getAuthor() {
		return this.author;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
