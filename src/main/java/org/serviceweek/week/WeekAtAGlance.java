package org.serviceweek.week;

import java.time.LocalDate;

/**
 * Where we stand relative to the next (or current) celebration week, for the header of
 * every page.
 *
 * @param year the week's year
 * @param startsOn its Monday
 * @param endsOn its Friday
 * @param theme the year's theme, or {@code null} if not announced yet
 * @param daysUntil days until it starts (0 while it runs)
 * @param dayNumber 1 to 5 while it runs, 0 otherwise
 */
public record WeekAtAGlance(int year, LocalDate startsOn, LocalDate endsOn, String theme, long daysUntil,
		int dayNumber) {

	public boolean isRunning() {
		return this.dayNumber > 0;
	}

}
