package org.serviceweek.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
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
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The iCalendar (RFC 5545) files the app writes (ADR 007): times in the app's zone with
 * its VTIMEZONE, or plain UTC where the zone is UTC; each event with a UID that never
 * changes, a SEQUENCE that goes up with every change, and its status.
 */
public final class CalendarFiles {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarFiles() {
	}

	/**
	 * Writes a calendar.
	 * @param name the calendar's name, as calendar apps show it
	 * @param zone the zone of the events' times
	 * @param events makes the events, given whether times carry the zone (see
	 * {@link #event})
	 * @param writer where to write; left open
	 */
	public static void write(String name, ZoneId zone, Function<Boolean, List<VEvent>> events, Writer writer) {
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
		events.apply(calendarZone != null).forEach(calendar::add);
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

	/**
	 * An event with what every event of the app has. Local time with TZID where the zone
	 * has a VTIMEZONE ({@code withZone}); plain UTC ("...Z") otherwise.
	 */
	public static VEvent event(ZonedDateTime start, ZonedDateTime end, String summary, boolean withZone, String uid,
			int sequence, Instant updatedAt, boolean cancelled) {
		VEvent event = withZone ? new VEvent(start, end, summary)
				: new VEvent(start.toInstant(), end.toInstant(), summary);
		event.replace(new DtStamp(updatedAt));
		event.add(new Uid(uid));
		event.add(new Sequence(sequence));
		event.add(new LastModified(updatedAt));
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private static boolean isUtc(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")
				|| zone.getId().equals("GMT");
	}

}
