package org.serviceweek.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.QueryPlans;
import org.serviceweek.shared.StatementCounting;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.CustomerThanks;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.stats.RecognitionReport.NamedCount;
import org.serviceweek.stats.RecognitionReport.TimeCount;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each test counts its own shout-outs in a period of its own (the database is shared with
 * the other shout-out tests), with the clock in Europe/Berlin.
 */
@SpringBootTest(properties = { "serviceweek.test.context=shoutouts", "serviceweek.thanks.per-hour=3" })
@Import({ TestClockConfiguration.class, StatementCounting.class })
@Tag("database")
class RecognitionStatsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecognitionStats stats;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CustomerThanks thanks;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	WeekPlanner planner;

	@Autowired
	ActivitySignUps signUps;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
	}

	@Test
	void countsPerDayInTheAppsTimeZoneAcrossTheChangeToSummerTime() {
		Person ana = person("Ana", null);
		Person tom = person("Tom", null);
		long value = value("Care");
		// 23:59 on 10 March in Berlin, then 00:30 on 11 March (UTC is an hour behind).
		postAt("2030-03-10T22:59:00Z", ana, value, tom);
		postAt("2030-03-10T23:30:00Z", ana, value, tom);
		// 00:30 on 1 April in summer time (two hours ahead of UTC), still 31 March in
		// UTC.
		postAt("2030-03-31T22:30:00Z", ana, value, tom);
		// Just before and after the period.
		postAt("2030-03-09T22:59:00Z", ana, value, tom);
		postAt("2030-04-01T22:00:00Z", ana, value, tom);

		RecognitionReport report = this.stats.report(period("2030-03-10", "2030-04-01"));

		assertThat(report.isPerDay()).isTrue();
		assertThat(report.overTime()).hasSize(23);
		assertThat(report.overTime()).filteredOn((count) -> count.count() > 0)
			.extracting(TimeCount::start, TimeCount::count)
			.containsExactly(tuple(LocalDate.parse("2030-03-10"), 1L), tuple(LocalDate.parse("2030-03-11"), 1L),
					tuple(LocalDate.parse("2030-04-01"), 1L));
		assertThat(report.total()).isEqualTo(3);
		assertThat(this.stats.report(period("2030-03-11", "2030-03-11")).total()).isEqualTo(1);
	}

	@Test
	void countsPerIsoWeekForLongerPeriodsWithEmptyWeeksIncluded() {
		Person ana = person("Ana", null);
		Person tom = person("Tom", null);
		long value = value("Care");
		postAt("2030-05-01T10:00:00Z", ana, value, tom);
		postAt("2030-05-05T21:00:00Z", ana, value, tom);
		// 23:00 on Sunday 5 May in Berlin is still the first week; 00:30 on Monday is
		// not.
		postAt("2030-05-05T22:30:00Z", ana, value, tom);
		postAt("2030-06-30T12:00:00Z", ana, value, tom);

		RecognitionReport report = this.stats.report(period("2030-05-01", "2030-06-30"));

		assertThat(report.isPerDay()).isFalse();
		assertThat(report.overTime().get(0).start()).isEqualTo(LocalDate.parse("2030-04-29"));
		assertThat(report.overTime().get(0).isoWeek()).isEqualTo(18);
		assertThat(report.overTime()).hasSize(9)
			.extracting(TimeCount::count)
			.containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
	}

	@Test
	void hiddenShoutOutsAndCustomerThanksNotYetApprovedAreNotCounted() {
		Person manager = person("Manager", null);
		Team phones = this.people.addTeam("Phones " + UUID.randomUUID());
		Person ana = person("Ana", phones.getId());
		Person tom = person("Tom", null);
		long care = value("Care");
		this.clock.set(Instant.parse("2030-07-02T09:00:00Z"));
		post(tom, care, ana);
		ShoutOut hidden = post(manager, care, tom);
		this.moderation.hide(hidden.getId(), manager.getId());
		String agent = "Ana " + UUID.randomUUID();
		this.thanks.submit(agent, "Approved thanks", "Margaret", null, "198.51.100.201", null);
		this.thanks.submit(agent, "Waiting thanks", "Margaret", null, "198.51.100.201", null);
		this.moderation.approve(pendingThanks("Approved thanks", agent).getId(), manager.getId(), null, ana.getId());
		ShoutOut rejected = pendingThanks("Waiting thanks", agent);
		this.thanks.submit(agent, "Rejected thanks", "Margaret", null, "198.51.100.201", null);
		this.moderation.reject(pendingThanks("Rejected thanks", agent).getId(), manager.getId(), "Not true");

		RecognitionReport report = this.stats.report(period("2030-07-02", "2030-07-02"));

		assertThat(report.total()).as("one from Tom, one approved customer thanks").isEqualTo(2);
		assertThat(report.byTeam()).contains(new NamedCount(phones.getName(), 2));
		assertThat(report.byValue()).contains(new NamedCount(
				this.values.all().stream().filter((value) -> value.getId() == care).findFirst().orElseThrow().getName(),
				1), new NamedCount(null, 1));
		assertThat(report.participation().gave()).isEqualTo(1);
		assertThat(report.participation().received()).isEqualTo(1);
		assertThat(rejected.getId()).isNotNull();
	}

	@Test
	void countsPerTeamOfTheRecipientsOncePerShoutOutAndTeamAndShowsTeamsWithoutAny() {
		Team phones = this.people.addTeam("Phones " + UUID.randomUUID());
		Team chat = this.people.addTeam("Chat " + UUID.randomUUID());
		Team quiet = this.people.addTeam("Quiet " + UUID.randomUUID());
		Person ana = person("Ana", phones.getId());
		Person bea = person("Bea", phones.getId());
		Person carl = person("Carl", chat.getId());
		Person loner = person("Loner", null);
		Person author = person("Author", null);
		long care = value("Care");
		long speed = value("Speed");
		this.clock.set(Instant.parse("2030-08-05T09:00:00Z"));
		post(author, care, ana, bea);
		post(author, care, ana, carl);
		post(author, speed, loner);
		this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(), chat.getId(), speed, "Thanks, chat!", false, null));

		RecognitionReport report = this.stats.report(period("2030-08-05", "2030-08-05"));

		assertThat(report.byTeam()).contains(new NamedCount(phones.getName(), 2), new NamedCount(chat.getName(), 2),
				new NamedCount(quiet.getName(), 0), new NamedCount(null, 1));
		assertThat(report.byTeam().get(0).count()).isEqualTo(2);
		assertThat(report.byValue()).extracting(NamedCount::count).startsWith(2L, 2L);
		assertThat(report.participation().gave()).isEqualTo(1);
		assertThat(report.participation().received()).isEqualTo(4);
		assertThat(report.participation().people()).isEqualTo(this.people.count());
		assertThat(report.participation().receivedShare()).isEqualTo(4.0 / this.people.count());
	}

	@Test
	void theTeamsCountsReadThePeriodsShoutOutsNotEveryRecipient() {
		QueryPlans.assumeH2(this.jdbc);
		this.clock.set(Instant.parse("2030-08-12T09:00:00Z"));
		post(person("Author", null), value("Care"), person("Ana", null));

		StatementCounting.reset();
		this.stats.report(period("2030-08-12", "2030-08-12"));
		String byTeam = StatementCounting.statements()
			.stream()
			.filter((sql) -> sql.contains("group by p.team_id"))
			.findFirst()
			.orElseThrow();
		String plan = QueryPlans.explain(this.jdbc, byTeam, this.clock.instant().atOffset(ZoneOffset.UTC));

		// From the recipients of the period's shout-outs, found by their date.
		assertThat(plan).containsPattern(
				"FROM \"PUBLIC\".\"SHOUT_OUT_RECIPIENT\" \"R\"\\s+/\\* PUBLIC.PRIMARY_KEY_\\w+: SHOUT_OUT_ID IN\\(SELECT")
			.contains("IX_SHOUT_OUT_CREATED: CREATED_AT >=");
	}

	@Test
	void periodsRunForwardsAndCoverAtMostAYear() {
		assertThatExceptionOfType(StatsRuleException.class)
			.isThrownBy(() -> this.stats.report(period("2030-09-02", "2030-09-01")))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("stats.period.toBeforeFrom"));
		assertThatExceptionOfType(StatsRuleException.class)
			.isThrownBy(() -> this.stats.report(period("2030-01-01", "2031-01-02")))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("stats.period.tooLong"));
		assertThat(this.stats.report(period("2028-01-01", "2028-12-31")).overTime()).hasSize(53);
	}

	@Test
	void signUpsPerActivityOfTheWeekInThePeriod() {
		int year = 2199;
		while (this.planner.find(year).isPresent()) {
			year--;
		}
		this.planner.startPlanning(year, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate monday = this.planner.get(year).getStartsOn();
		this.clock.set(monday.minusDays(7).atStartOfDay(TestClockConfiguration.ZONE).toInstant());
		Activity quiz = activity(year, monday.plusDays(1), "Quiz", 1);
		Activity talk = activity(year, monday, "Talk", null);
		Activity cancelled = activity(year, monday, "Called off", null);
		this.planner.cancelActivity(cancelled.getId());
		Person ana = person("Ana", null);
		Person tom = person("Tom", null);
		this.signUps.signUp(quiz.getId(), ana.getId());
		this.signUps.signUp(quiz.getId(), tom.getId());
		this.signUps.signUp(talk.getId(), tom.getId());

		WeekSignUps week = this.stats.signUps(new Period(monday.minusDays(3), monday.plusDays(1)));

		assertThat(week.year()).isEqualTo(year);
		assertThat(week.planned()).isTrue();
		assertThat(week.activities())
			.extracting(WeekSignUps.Row::title, WeekSignUps.Row::confirmed, WeekSignUps.Row::waiting,
					WeekSignUps.Row::capacity)
			.containsExactly(tuple("Talk", 1L, 0L, null), tuple("Quiz", 1L, 1L, 1));
		WeekSignUps unplanned = this.stats.signUps(period((year + 1) + "-10-01", (year + 1) + "-10-31"));
		assertThat(unplanned.planned()).isFalse();
		assertThat(unplanned.activities()).isEmpty();
	}

	private Activity activity(int year, LocalDate date, String title, Integer capacity) {
		return this.planner.addActivity(year, new ActivityDetails(date, LocalTime.of(10, 0), LocalTime.of(11, 0), title,
				ActivityKind.TEAM_BUILDING, null, null, null, null, capacity, null));
	}

	private ShoutOut pendingThanks(String message, String agent) {
		return this.moderation.pending()
			.stream()
			.map(ModerationQueue.Item::shoutOut)
			.filter((shoutOut) -> message.equals(shoutOut.getMessage()) && agent.equals(shoutOut.getAgentName()))
			.findFirst()
			.orElseThrow();
	}

	private void postAt(String instant, Person author, long value, Person... recipients) {
		this.clock.set(Instant.parse(instant));
		post(author, value, recipients);
	}

	private ShoutOut post(Person author, long value, Person... recipients) {
		return this.shoutOuts.post(author.getId(),
				new NewShoutOut(java.util.Arrays.stream(recipients).map(Person::getId).toList(), null, value,
						"Thank you!", false, null));
	}

	private long value(String name) {
		return this.values.add(name + " " + UUID.randomUUID(), null).getId();
	}

	private Person person(String name, Long teamId) {
		return this.people.add(new PersonDetails(name,
				name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Agent", null,
				teamId, false));
	}

	private static Period period(String from, String to) {
		return new Period(LocalDate.parse(from), LocalDate.parse(to));
	}

}
