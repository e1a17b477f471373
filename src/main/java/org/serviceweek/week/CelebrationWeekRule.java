package org.serviceweek.week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Customer Service Week is the first full week of October: it starts on the first Monday
 * that falls in October and runs Monday to Friday.
 */
public final class CelebrationWeekRule {

	public static final int DAYS = 5;

	private CelebrationWeekRule() {
	}

	public static LocalDate defaultStart(int year) {
		return LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
	}

	public static LocalDate endOf(LocalDate start) {
		return start.plusDays(DAYS - 1);
	}

}
