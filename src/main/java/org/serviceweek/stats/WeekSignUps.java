package org.serviceweek.stats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A celebration week's activities with their sign-ups.
 *
 * @param year the week's year
 * @param startsOn its Monday
 * @param endsOn its Friday
 * @param planned whether a manager started planning it
 * @param activities its activities (not cancelled), in time order
 */
public record WeekSignUps(int year, LocalDate startsOn, LocalDate endsOn, boolean planned, List<Row> activities) {

	/**
	 * @param capacity places, or {@code null} for no limit
	 */
	public record Row(long activityId, String title, LocalDate date, LocalTime startsAt, long confirmed, long waiting,
			Integer capacity) {
	}

}
