package org.serviceweek.week;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
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
 * Writes activities as an iCalendar (RFC 5545) file that Outlook and Google Calendar
 * read: times in the server's zone with its VTIMEZONE, a UID that never changes, a
 * SEQUENCE that goes up with every change, and cancelled activities marked as cancelled
 * so that calendars remove them.
 */
@Component
public class ActivityCalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final Clock clock;

	ActivityCalendar(Clock clock) {
		this.clock = clock;
	}

	public Clock clock() {
		return this.clock;
	}

	/**
	 * Writes the calendar.
	 * @param name the calendar's name, as calendar apps show it
	 * @param activities what to put in it, cancelled ones included
	 * @param baseUrl the app's address, for each event's link (or {@code null})
	 * @param hostLabel the word before the host's name in descriptions, in the reader's
	 * language
	 * @param writer where to write
	 */
	public void write(String name, List<Activity> activities, String baseUrl, String hostLabel, Writer writer) {
		write(name, activities, java.util.Set.of(), baseUrl, hostLabel, writer);
	}

	/**
	 * Writes the calendar, with the given activities marked tentative (a place on a
	 * waiting list).
	 */
	public void write(String name, List<Activity> activities, java.util.Set<Long> tentative, String baseUrl,
			String hostLabel, Writer writer) {
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
		for (Activity activity : activities) {
			VEvent event = event(activity, calendarZone != null, zone, baseUrl, hostLabel);
			if (!activity.isCancelled() && activity.getId() != null && tentative.contains(activity.getId())) {
				event.replace(ImmutableStatus.VEVENT_TENTATIVE);
			}
			calendar.add(event);
		}
		try {
			// The outputter closes what it writes to; the caller's writer must stay open.
			java.io.StringWriter text = new java.io.StringWriter();
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

	private static VEvent event(Activity activity, boolean withZone, ZoneId zone, String baseUrl, String hostLabel) {
		ZonedDateTime start = LocalDateTime.of(activity.getDate(), activity.getStartsAt()).atZone(zone);
		ZonedDateTime end = LocalDateTime.of(activity.getDate(), activity.getEndsAt()).atZone(zone);
		// Local time with TZID where the zone has a VTIMEZONE; plain UTC ("...Z")
		// otherwise.
		VEvent event = withZone ? new VEvent(start, end, activity.getTitle())
				: new VEvent(start.toInstant(), end.toInstant(), activity.getTitle());
		event.replace(new DtStamp(activity.getUpdatedAt()));
		event.add(new Uid(activity.getUid()));
		event.add(new Sequence(activity.getSequence()));
		event.add(new LastModified(activity.getUpdatedAt()));
		event.add(activity.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		String place = (activity.getPlace() != null) ? activity.getPlace() : activity.getOnlineLink();
		if (place != null) {
			event.add(new Location(place));
		}
		StringBuilder description = new StringBuilder();
		if (activity.getDescription() != null) {
			description.append(activity.getDescription());
		}
		if (activity.getOnlineLink() != null) {
			description.append((description.length() > 0) ? "\n\n" : "").append(activity.getOnlineLink());
		}
		if (activity.getHost() != null) {
			description.append((description.length() > 0) ? "\n\n" : "")
				.append(hostLabel)
				.append(' ')
				.append(activity.getHost().getName());
		}
		if (description.length() > 0) {
			event.add(new Description(description.toString()));
		}
		if (baseUrl != null && activity.getId() != null) {
			event.add(new Url(URI.create(baseUrl + "/activities/" + activity.getId())));
		}
		return event;
	}

	private static boolean isUtc(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")
				|| zone.getId().equals("GMT");
	}

}
