package org.serviceweek.shoutout;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.serviceweek.shared.PublicContentListener;

/**
 * One person's reaction of one kind to a shout-out; at most one of each kind per person.
 */
@Entity
@EntityListeners(PublicContentListener.class)
@IdClass(Reaction.Key.class)
class Reaction {

	@Id
	@Column(name = "shout_out_id")
	private Long shoutOutId;

	@Id
	@Column(name = "person_id")
	private Long personId;

	@Id
	@Enumerated(EnumType.STRING)
	private ReactionKind kind;

	private Instant createdAt;

	protected Reaction() {
	}

	Reaction(long shoutOutId, long personId, ReactionKind kind, Instant now) {
		this.shoutOutId = shoutOutId;
		this.personId = personId;
		this.kind = kind;
		this.createdAt = now;
	}

	record Key(Long shoutOutId, Long personId, ReactionKind kind) implements Serializable {

		Key() {
			this(null, null, null);
		}

	}

}
