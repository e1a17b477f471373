package org.serviceweek.week;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.serviceweek.shared.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCalendarTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"),
			ZoneId.of("Europe/Berlin"));

	private final ActivityCalendar calendar = new ActivityCalendar(this.clock);

	@Test
	void writesEventsInTheServersZoneWithStableUidAndSequence() throws Exception {
		Activity kickOff = activity("Kick-off breakfast", LocalDate.of(2026, 10, 5), "09:00", "09:45");

		Calendar parsed = parse(write(List.of(kickOff)));

		VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
		DtStart<Temporal> start = event.getDateTimeStart();
		assertThat(ZonedDateTime.from(start.getDate()))
			.isEqualTo(ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")));
		assertThat(start.getParameter("TZID"))
			.hasValueSatisfying((tz) -> assertThat(tz.getValue()).isEqualTo("Europe/Berlin"));
		assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
		assertThat(value(event, "UID")).isEqualTo(kickOff.getUid());
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SUMMARY")).isEqualTo("Kick-off breakfast");
		assertThat(value(event, "LOCATION")).isEqualTo("Main floor, room 2");
	}

	@Test
	void keepsTheUidAcrossEditsAndBumpsTheSequence() throws Exception {
		Activity activity = activity("Team challenge", LocalDate.of(2026, 10, 8), "11:00", "12:00");
		String uid = activity.getUid();

		activity.apply(details("Team challenge", LocalDate.of(2026, 10, 9), "11:00", "12:00"), null,
				Instant.parse("2026-09-02T08:00:00Z"));
		VEvent event = parse(write(List.of(activity))).<VEvent>getComponents("VEVENT").get(0);

		assertThat(value(event, "UID")).isEqualTo(uid);
		assertThat(value(event, "SEQUENCE")).isEqualTo("1");
		assertThat(event.getDateTimeStart().getDate().toString()).startsWith("2026-10-09T11:00");
	}

	@Test
	void exportsCancelledActivitiesAsCancelled() throws Exception {
		Activity activity = activity("Lunch together", LocalDate.of(2026, 10, 8), "12:00", "13:30");
		activity.cancel(Instant.parse("2026-09-03T08:00:00Z"));

		VEvent event = parse(write(List.of(activity))).<VEvent>getComponents("VEVENT").get(0);

		assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(event, "SEQUENCE")).isEqualTo("1");
	}

	@Test
	void writesUtcTimesWhenTheServerRunsOnUtc() throws Exception {
		ActivityCalendar utc = new ActivityCalendar(MutableClock.at("2026-09-01T08:00:00Z"));
		StringWriter out = new StringWriter();

		utc.write("Week", List.of(activity("Talk", LocalDate.of(2026, 10, 6), "14:00", "15:00")), null, "Host:", out);

		assertThat(out.toString()).contains("DTSTART:20261006T140000Z").doesNotContain("VTIMEZONE");
		parse(out.toString());
	}

	@Test
	void escapesTextThatLooksLikeCalendarSyntax() throws Exception {
		Activity tricky = activity("Q&A; with commas, and\nnew lines", LocalDate.of(2026, 10, 6), "10:00", "11:00");

		VEvent event = parse(write(List.of(tricky))).<VEvent>getComponents("VEVENT").get(0);

		assertThat(value(event, "SUMMARY")).isEqualTo("Q&A; with commas, and\nnew lines");
	}

	private String write(List<Activity> activities) {
		StringWriter out = new StringWriter();
		this.calendar.write("Customer Service Week 2026", activities, "https://serviceweek.example", "Host:", out);
		return out.toString();
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
	}

	private static Activity activity(String title, LocalDate date, String start, String end) {
		return new Activity(2026, details(title, date, start, end), null, Instant.parse("2026-09-01T08:00:00Z"));
	}

	private static ActivityDetails details(String title, LocalDate date, String start, String end) {
		return new ActivityDetails(date, LocalTime.parse(start), LocalTime.parse(end), title, ActivityKind.OTHER,
				"Main floor, room 2", null, null, "Bring a smile", 20, new BigDecimal("10.00"));
	}

}
