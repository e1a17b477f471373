package org.serviceweek.people;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Where a form stops listing everyone: at most {@code list-all-up-to} people are listed;
 * one more, and the form carries only those already chosen.
 */
class PeopleChoicesTests {

	private final PersonRepository persons = mock(PersonRepository.class);

	private final People people = new People(this.persons, mock(TeamRepository.class), Clock.systemUTC(), List.of(),
			mock(ApplicationEventPublisher.class), 3);

	private final List<Person> everyone = List.of(new Person(), new Person(), new Person());

	@Test
	void listsEveryoneUpToTheLimit() {
		given(this.persons.count()).willReturn(3L);
		given(this.persons.findAllForRoster()).willReturn(this.everyone);

		PersonChoices choices = this.people.choices(List.of(7L));

		assertThat(choices.complete()).isTrue();
		assertThat(choices.people()).isSameAs(this.everyone);
		verify(this.persons, never()).findWithTeamByIdIn(any());
	}

	@Test
	void aboveTheLimitGivesOnlyThoseChosenOnceEach() {
		Person chosen = new Person();
		given(this.persons.count()).willReturn(4L);
		given(this.persons.findWithTeamByIdIn(List.of(7L, 9L))).willReturn(List.of(chosen));

		PersonChoices choices = this.people.choices(Arrays.asList(7L, null, 9L, 7L));

		assertThat(choices.complete()).isFalse();
		assertThat(choices.people()).containsExactly(chosen);
		verify(this.persons, never()).findAllForRoster();
	}

	@Test
	void aPageWithSeveralPickersListsEveryoneOnlyWhileAllTheListsTogetherStayWithinTheLimit() {
		given(this.persons.count()).willReturn(1L, 2L);
		given(this.persons.findAllForRoster()).willReturn(this.everyone);

		assertThat(this.people.choices(List.of(), 3).complete()).isTrue();
		assertThat(this.people.choices(List.of(), 2).complete()).isFalse();
		verify(this.persons, never()).findWithTeamByIdIn(any());
	}

	@Test
	void aboveTheLimitWithNobodyChosenAsksNothingMore() {
		given(this.persons.count()).willReturn(4L);

		PersonChoices choices = this.people.choices(Arrays.asList((Long) null));

		assertThat(choices.complete()).isFalse();
		assertThat(choices.people()).isEmpty();
		verify(this.persons, never()).findWithTeamByIdIn(any());
	}

}
