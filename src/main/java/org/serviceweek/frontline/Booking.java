package org.serviceweek.frontline;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a leader enters to book a slot: the day and times in the app's zone, a team or an
 * agent (exactly one), the channel and a note for the team. Without an end, the slot
 * lasts {@link RideAlongs#DEFAULT_MINUTES} minutes.
 */
public record Booking(LocalDate date, LocalTime startsAt, LocalTime endsAt, Long teamId, Long agentId, Channel channel,
		String note) {
}
