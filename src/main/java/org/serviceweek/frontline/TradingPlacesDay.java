package org.serviceweek.frontline;

import java.time.LocalDate;
import java.util.List;

/**
 * The celebration week's trading-places day and the ride-alongs booked on it.
 *
 * @param year the celebration week's year
 * @param date the day: the one with a trading-places activity in the plan, otherwise the
 * week's second day (as the ICSA suggests)
 * @param planned whether the plan has a trading-places activity on that day
 * @param rideAlongs the ride-alongs booked that day, by start time
 * @param bookable whether the day is still ahead (today included)
 */
public record TradingPlacesDay(int year, LocalDate date, boolean planned, List<RideAlong> rideAlongs,
		boolean bookable) {
}
