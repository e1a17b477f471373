package org.serviceweek.frontline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Writes ride-alongs as an iCalendar (RFC 5545) file, as the week's activities are
 * written (ADR 007): times in the app's zone with its VTIMEZONE (or UTC), a UID that
 * never changes, a SEQUENCE that goes up with every change, and cancelled slots marked as
 * cancelled. What the leader learned never goes into a calendar.
 */
@Component
public class RideAlongCalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

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
		TimeZone calendarZone = isUtc(zone) ? null : ZONES.getTimeZone(zone.getId());
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//ServiceWeek//ServiceWeek Calendar//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		if (calendarZone != null) {
			calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
			calendar.add(calendarZone.getVTimeZone());
		}
		for (RideAlong rideAlong : rideAlongs) {
			calendar.add(event(rideAlong, summary.apply(rideAlong), calendarZone != null, zone, baseUrl));
		}
		try {
			// The outputter closes what it writes to; the caller's writer must stay open.
			StringWriter text = new StringWriter();
			new CalendarOutputter(true).output(calendar, text);
			writer.write(text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Invalid calendar", ex);
		}
	}

	private static VEvent event(RideAlong rideAlong, String summary, boolean withZone, ZoneId zone, String baseUrl) {
		ZonedDateTime start = rideAlong.getStartsAt().atZone(zone);
		ZonedDateTime end = rideAlong.getEndsAt().atZone(zone);
		VEvent event = withZone ? new VEvent(start, end, summary)
				: new VEvent(start.toInstant(), end.toInstant(), summary);
		event.replace(new DtStamp(rideAlong.getUpdatedAt()));
		event.add(new Uid(rideAlong.getUid()));
		event.add(new Sequence(rideAlong.getSequence()));
		event.add(new LastModified(rideAlong.getUpdatedAt()));
		event.add(rideAlong.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (rideAlong.getNote() != null) {
			event.add(new Description(rideAlong.getNote()));
		}
		if (baseUrl != null && rideAlong.getId() != null) {
			event.add(new Url(URI.create(baseUrl + "/frontline/bookings/" + rideAlong.getId())));
		}
		return event;
	}

	private static boolean isUtc(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")
				|| zone.getId().equals("GMT");
	}

}
