package org.serviceweek.listening;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A colleague's "me too", once per person. Who it was is kept only to count each person
 * once; pages show counts, and no time is kept.
 */
@Entity
@IdClass(SuggestionVoice.Key.class)
class SuggestionVoice {

	@Id
	@Column(name = "suggestion_id")
	private Long suggestionId;

	@Id
	@Column(name = "person_id")
	private Long personId;

	protected SuggestionVoice() {
	}

	SuggestionVoice(long suggestionId, long personId) {
		this.suggestionId = suggestionId;
		this.personId = personId;
	}

	record Key(Long suggestionId, Long personId) implements Serializable {

		Key() {
			this(null, null);
		}

	}

}
