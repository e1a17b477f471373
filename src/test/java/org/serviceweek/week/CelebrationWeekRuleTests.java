package org.serviceweek.week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CelebrationWeekRuleTests {

	@ParameterizedTest
	@CsvSource({ "2014, 2014-10-06", "2022, 2022-10-03", "2026, 2026-10-05", "2029, 2029-10-01" })
	void startsOnTheKnownDates(int year, LocalDate expected) {
		assertThat(CelebrationWeekRule.defaultStart(year)).isEqualTo(expected);
		assertThat(CelebrationWeekRule.endOf(expected)).isEqualTo(expected.plusDays(4));
	}

	static IntStream years() {
		return IntStream.rangeClosed(2014, 2035);
	}

	@ParameterizedTest
	@MethodSource("years")
	void startsOnTheFirstMondayThatFallsInOctober(int year) {
		LocalDate start = CelebrationWeekRule.defaultStart(year);
		// Checked day by day rather than with the same adjuster the rule uses.
		LocalDate firstMonday = LocalDate.of(year, Month.OCTOBER, 1);
		while (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
			firstMonday = firstMonday.plusDays(1);
		}
		assertThat(start).isEqualTo(firstMonday);
		assertThat(start.getMonth()).isEqualTo(Month.OCTOBER);
		assertThat(start.getDayOfMonth()).isBetween(1, 7);
		assertThat(CelebrationWeekRule.endOf(start).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(CelebrationWeekRule.endOf(start).getMonth()).isEqualTo(Month.OCTOBER);
	}

}
