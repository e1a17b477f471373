package org.serviceweek.week;

import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.serviceweek.shared.CalendarFiles;
import org.springframework.stereotype.Component;

/**
 * Writes activities as an iCalendar (RFC 5545) file that Outlook and Google Calendar
 * read: times in the server's zone with its VTIMEZONE, a UID that never changes, a
 * SEQUENCE that goes up with every change, and cancelled activities marked as cancelled
 * so that calendars remove them.
 */
@Component
public class ActivityCalendar {

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
		CalendarFiles.write(name, zone, (withZone) -> activities.stream().map((activity) -> {
			VEvent event = event(activity, withZone, zone, baseUrl, hostLabel);
			if (!activity.isCancelled() && activity.getId() != null && tentative.contains(activity.getId())) {
				event.replace(ImmutableStatus.VEVENT_TENTATIVE);
			}
			return event;
		}).toList(), writer);
	}

	private static VEvent event(Activity activity, boolean withZone, ZoneId zone, String baseUrl, String hostLabel) {
		ZonedDateTime start = LocalDateTime.of(activity.getDate(), activity.getStartsAt()).atZone(zone);
		ZonedDateTime end = LocalDateTime.of(activity.getDate(), activity.getEndsAt()).atZone(zone);
		VEvent event = CalendarFiles.event(start, end, activity.getTitle(), withZone, activity.getUid(),
				activity.getSequence(), activity.getUpdatedAt(), activity.isCancelled());
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

}
