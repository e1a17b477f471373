package org.serviceweek.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days from one to another, both included, in the app's time zone: what a report covers,
 * or the time box of a leaderboard.
 *
 * @param from the first day
 * @param to the last day
 */
public record Period(LocalDate from, LocalDate to) {

	/** Longest period a report covers: a year, leap day included. */
	public static final int MAX_DAYS = 366;

	/** Up to this many days a report counts per day, beyond it per ISO week. */
	public static final int MAX_DAYS_PER_DAY = 31;

	/** The given number of ISO weeks up to today, the current one included. */
	public static Period lastWeeks(LocalDate today, int weeks) {
		return new Period(today.with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L), today);
	}

	/** The twelve months up to today. */
	public static Period lastYear(LocalDate today) {
		return new Period(today.minusYears(1).plusDays(1), today);
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	public boolean isPerDay() {
		return days() <= MAX_DAYS_PER_DAY;
	}

	public boolean includes(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	public boolean overlaps(LocalDate first, LocalDate last) {
		return !last.isBefore(this.from) && !first.isAfter(this.to);
	}

	/** The moment the first day starts. */
	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The moment after the last day, excluded. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
