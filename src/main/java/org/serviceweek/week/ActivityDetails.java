package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a manager enters about an activity.
 */
public record ActivityDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, String title, ActivityKind kind,
		String place, String onlineLink, Long hostId, String description, Integer capacity, BigDecimal cost) {
}
