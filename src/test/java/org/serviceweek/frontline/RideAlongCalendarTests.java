package org.serviceweek.frontline;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.serviceweek.people.Person;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ride-alongs as iCalendar, parsed back with ical4j as Outlook or Google Calendar would.
 */
class RideAlongCalendarTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

	private final RideAlongCalendar calendar = new RideAlongCalendar(new MutableClock(NOW, BERLIN));

	private final Person helen = new Person("Helen Achterberg", "helen@example.com", NOW);

	private final Team billing = new Team("Billing support");

	@Test
	void writesTheSlotInTheAppsZoneWithAStableUidAndSequence() throws Exception {
		RideAlong rideAlong = rideAlong("2026-10-06T08:00:00Z", "2026-10-06T09:00:00Z", "I would like to listen first");

		Calendar parsed = parse(write(List.of(rideAlong)));

		VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
		DtStart<Temporal> start = event.getDateTimeStart();
		assertThat(ZonedDateTime.from(start.getDate())).isEqualTo(ZonedDateTime.of(2026, 10, 6, 10, 0, 0, 0, BERLIN));
		DtEnd<Temporal> end = event.getDateTimeEnd();
		assertThat(ZonedDateTime.from(end.getDate())).isEqualTo(ZonedDateTime.of(2026, 10, 6, 11, 0, 0, 0, BERLIN));
		assertThat(start.getParameter("TZID"))
			.hasValueSatisfying((tz) -> assertThat(tz.getValue()).isEqualTo("Europe/Berlin"));
		assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
		assertThat(value(event, "UID")).isEqualTo(rideAlong.getUid());
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SUMMARY")).isEqualTo("Helen Achterberg beside Billing support");
		assertThat(value(event, "DESCRIPTION")).isEqualTo("I would like to listen first");
	}

	@Test
	void aChangeKeepsTheUidAndBumpsTheSequenceAndACancellationIsSaid() throws Exception {
		RideAlong rideAlong = rideAlong("2026-10-06T08:00:00Z", "2026-10-06T09:00:00Z", null);
		String uid = rideAlong.getUid();

		rideAlong.plan(new RideAlong.Slot(Instant.parse("2026-10-07T08:00:00Z"), Instant.parse("2026-10-07T09:30:00Z"),
				this.billing, null, Channel.CHATS, null), NOW);
		VEvent moved = parse(write(List.of(rideAlong))).<VEvent>getComponents("VEVENT").get(0);
		assertThat(value(moved, "UID")).isEqualTo(uid);
		assertThat(value(moved, "SEQUENCE")).isEqualTo("1");

		rideAlong.cancel(NOW);
		VEvent cancelled = parse(write(List.of(rideAlong))).<VEvent>getComponents("VEVENT").get(0);
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
	}

	@Test
	void whatTheLeaderLearnedNeverReachesACalendar() throws Exception {
		RideAlong rideAlong = rideAlong("2026-08-06T08:00:00Z", "2026-08-06T09:00:00Z",
				"Note; with, commas\nand lines");
		rideAlong.learned("PRIVATE-LEARNING", NOW);

		String ics = write(List.of(rideAlong));

		assertThat(ics).doesNotContain("PRIVATE-LEARNING");
		assertThat(value(parse(ics).<VEvent>getComponents("VEVENT").get(0), "DESCRIPTION"))
			.isEqualTo("Note; with, commas\nand lines");
	}

	@Test
	void writesUtcTimesWhenTheAppRunsOnUtc() throws Exception {
		RideAlongCalendar utc = new RideAlongCalendar(MutableClock.at("2026-09-01T08:00:00Z"));
		StringWriter out = new StringWriter();

		utc.write("Mine", List.of(rideAlong("2026-10-06T14:00:00Z", "2026-10-06T15:00:00Z", null)), (r) -> "Visit",
				null, out);

		assertThat(out.toString()).contains("DTSTART:20261006T140000Z").doesNotContain("VTIMEZONE");
		parse(out.toString());
	}

	private RideAlong rideAlong(String start, String end, String note) {
		return new RideAlong(this.helen,
				new RideAlong.Slot(Instant.parse(start), Instant.parse(end), this.billing, null, Channel.CALLS, note),
				NOW);
	}

	private String write(List<RideAlong> rideAlongs) {
		StringWriter out = new StringWriter();
		this.calendar.write("My hours beside the front line", rideAlongs,
				(r) -> r.getLeader().getName() + " beside " + r.withWhom(), "https://serviceweek.example", out);
		return out.toString();
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
	}

}
