package org.serviceweek.listening;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.serviceweek.people.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.serviceweek.listening.SuggestionState.DONE;
import static org.serviceweek.listening.SuggestionState.NEW;
import static org.serviceweek.listening.SuggestionState.PLANNED;
import static org.serviceweek.listening.SuggestionState.UNDER_REVIEW;
import static org.serviceweek.listening.SuggestionState.WONT_DO;

class SuggestionStateTests {

	private static final Instant NOW = Instant.parse("2026-10-05T09:00:00Z");

	@Test
	void itemsMoveForwardAlongThePathOrCloseAsWontDo() {
		assertThat(NEW.nextStates()).containsExactly(UNDER_REVIEW, PLANNED, DONE, WONT_DO);
		assertThat(UNDER_REVIEW.nextStates()).containsExactly(PLANNED, DONE, WONT_DO);
		assertThat(PLANNED.nextStates()).containsExactly(DONE, WONT_DO);
		assertThat(WONT_DO.nextStates()).containsExactly(UNDER_REVIEW);
		assertThat(DONE.nextStates()).isEmpty();
		assertThat(PLANNED.canMoveTo(NEW)).isFalse();
		assertThat(PLANNED.canMoveTo(PLANNED)).isFalse();
		assertThat(NEW.canMoveTo(null)).isFalse();
	}

	@Test
	void doneNeedsWhatChangedAndWontDoNeedsAReason() {
		Suggestion suggestion = Suggestion.named(person(), new SuggestionCategory("Tools", 0), "Title", "Text", NOW);

		assertThatExceptionOfType(SuggestionRuleException.class)
			.isThrownBy(() -> suggestion.moveTo(WONT_DO, person(), " ", NOW))
			.extracting(SuggestionRuleException::getMessageKey)
			.isEqualTo("suggestions.move.reasonMissing");
		assertThatExceptionOfType(SuggestionRuleException.class)
			.isThrownBy(() -> suggestion.moveTo(DONE, person(), null, NOW))
			.extracting(SuggestionRuleException::getMessageKey)
			.isEqualTo("suggestions.move.outcomeMissing");
		assertThat(suggestion.getState()).isEqualTo(NEW);

		SuggestionMove move = suggestion.moveTo(WONT_DO, person(), "Not this year", NOW);
		assertThat(move.getFromState()).isEqualTo(NEW);
		assertThat(move.getToState()).isEqualTo(WONT_DO);
		assertThat(move.getNote()).isEqualTo("Not this year");
		assertThat(suggestion.getOutcome()).isEqualTo("Not this year");
		assertThat(suggestion.isOpen()).isFalse();

		suggestion.moveTo(UNDER_REVIEW, person(), null, NOW);
		assertThat(suggestion.getOutcome()).isNull();
		assertThatExceptionOfType(SuggestionRuleException.class)
			.isThrownBy(() -> suggestion.moveTo(NEW, person(), null, NOW))
			.extracting(SuggestionRuleException::getMessageKey)
			.isEqualTo("suggestions.move.notAllowed");
	}

	@Test
	void anAnonymousSuggestionHasNoAuthorAndIsNobodysOwn() {
		Suggestion suggestion = Suggestion.anonymous(new SuggestionCategory("Tools", 0), "Title", "Text", NOW);

		assertThat(suggestion.getAuthor()).isNull();
		assertThat(suggestion.isAnonymous()).isTrue();
		assertThat(suggestion.isRaisedBy(1L)).isFalse();
	}

	private static Person person() {
		return new Person("Manager", "manager@example.com", NOW);
	}

}
