package org.serviceweek.week;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.serviceweek.shared.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class CelebrationWeeksTests {

	private final CelebrationWeekRepository repository = mock(CelebrationWeekRepository.class);

	private final MutableClock clock = MutableClock.at("2026-09-01T09:00:00Z");

	private final CelebrationWeeks weeks = new CelebrationWeeks(this.repository, this.clock);

	{
		given(this.repository.findById(anyInt())).willReturn(Optional.empty());
	}

	@Test
	void countsDownToThisYearsWeekBeforeItStarts() {
		WeekAtAGlance glance = this.weeks.glance();

		assertThat(glance.year()).isEqualTo(2026);
		assertThat(glance.startsOn()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(glance.daysUntil()).isEqualTo(34);
		assertThat(glance.isRunning()).isFalse();
	}

	@Test
	void numbersTheDaysWhileTheWeekRuns() {
		this.clock.set(Instant.parse("2026-10-07T12:00:00Z"));

		WeekAtAGlance glance = this.weeks.glance();

		assertThat(glance.isRunning()).isTrue();
		assertThat(glance.dayNumber()).isEqualTo(3);
		assertThat(glance.daysUntil()).isZero();
	}

	@Test
	void looksAheadToNextYearOnceFridayIsOver() {
		this.clock.set(Instant.parse("2026-10-10T08:00:00Z"));

		WeekAtAGlance glance = this.weeks.glance();

		assertThat(glance.year()).isEqualTo(2027);
		assertThat(glance.startsOn()).isEqualTo(LocalDate.of(2027, 10, 4));
		assertThat(glance.isRunning()).isFalse();
	}

	@Test
	void followsAWeekAManagerMoved() {
		CelebrationWeek moved = new CelebrationWeek(2026);
		moved.moveTo(LocalDate.of(2026, 9, 14));
		moved.announce("Our own week", null);
		given(this.repository.findById(2026)).willReturn(Optional.of(moved));
		this.clock.set(Instant.parse("2026-09-15T08:00:00Z"));

		WeekAtAGlance glance = this.weeks.glance();

		assertThat(glance.dayNumber()).isEqualTo(2);
		assertThat(glance.theme()).isEqualTo("Our own week");
	}

}
