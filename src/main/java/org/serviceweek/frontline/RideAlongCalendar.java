package org.serviceweek.frontline;

import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Url;
import org.serviceweek.shared.CalendarFiles;
import org.springframework.stereotype.Component;

/**
 * Writes ride-alongs as an iCalendar (RFC 5545) file, as the week's activities are
 * written (ADR 007): times in the app's zone with its VTIMEZONE (or UTC), a UID that
 * never changes, a SEQUENCE that goes up with every change, and cancelled slots marked as
 * cancelled. What the leader learned never goes into a calendar.
 */
@Component
public class RideAlongCalendar {

	private final Clock clock;

	RideAlongCalendar(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Writes the calendar.
	 * @param name the calendar's name, as calendar apps show it
	 * @param rideAlongs what to put in it, cancelled ones included
	 * @param summary each event's title, in the reader's language
	 * @param baseUrl the app's address, for each event's link (or {@code null})
	 * @param writer where to write; left open
	 */
	public void write(String name, List<RideAlong> rideAlongs, Function<RideAlong, String> summary, String baseUrl,
			Writer writer) {
		ZoneId zone = this.clock.getZone();
		CalendarFiles.write(name, zone,
				(withZone) -> rideAlongs.stream()
					.map((rideAlong) -> event(rideAlong, summary.apply(rideAlong), withZone, zone, baseUrl))
					.toList(),
				writer);
	}

	private static VEvent event(RideAlong rideAlong, String summary, boolean withZone, ZoneId zone, String baseUrl) {
		ZonedDateTime start = rideAlong.getStartsAt().atZone(zone);
		ZonedDateTime end = rideAlong.getEndsAt().atZone(zone);
		VEvent event = CalendarFiles.event(start, end, summary, withZone, rideAlong.getUid(), rideAlong.getSequence(),
				rideAlong.getUpdatedAt(), rideAlong.isCancelled());
		if (rideAlong.getNote() != null) {
			event.add(new Description(rideAlong.getNote()));
		}
		if (baseUrl != null && rideAlong.getId() != null) {
			event.add(new Url(URI.create(baseUrl + "/frontline/bookings/" + rideAlong.getId())));
		}
		return event;
	}

}
