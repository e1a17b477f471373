package org.serviceweek.frontline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The booking rules, who may touch a booking, when learnings can be written, what each
 * team sees coming, the tracker and the week's trading-places day. Shares the week
 * planner's Spring context (same settings), so that no extra context starts.
 */
@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class RideAlongsTests {

	/** Tuesday 10 March 2026, 09:00 in Berlin. */
	static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

	static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

	@Autowired
	RideAlongs rideAlongs;

	@Autowired
	Leaders leaders;

	@Autowired
	People people;

	@Autowired
	WeekPlanner planner;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	private Person leader;

	private Team team;

	@BeforeEach
	void aLeaderAndATeam() {
		this.clock.set(NOW);
		this.leader = leader("Helen Leader");
		this.team = team();
	}

	@Test
	void aSlotWithoutAnEndLastsAnHourInTheAppsZone() {
		RideAlong booked = this.rideAlongs.book(this.leader.getId(),
				new Booking(THURSDAY, LocalTime.of(10, 0), null, this.team.getId(), null, Channel.CALLS, "  Hello  "));

		assertThat(booked.minutes()).isEqualTo(RideAlongs.DEFAULT_MINUTES);
		assertThat(booked.getStartsAt()).isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
		assertThat(booked.getEndsAt()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z"));
		assertThat(booked.getNote()).isEqualTo("Hello");
		assertThat(booked.getSequence()).isZero();
		assertThat(booked.getUid()).endsWith("@serviceweek");
	}

	@Test
	void refusesSlotsThatAreNotAheadOrEndBeforeTheyStart() {
		assertRefused(at(LocalDate.of(2026, 3, 10), "09:00", "10:00"), "startsAt", "frontline.booking.notAhead");
		assertRefused(at(LocalDate.of(2026, 3, 9), "14:00", null), "startsAt", "frontline.booking.notAhead");
		assertRefused(at(THURSDAY, "11:00", "10:00"), "endsAt", "frontline.booking.endBeforeStart");
		assertRefused(at(THURSDAY, "11:00", "11:00"), "endsAt", "frontline.booking.endBeforeStart");
		assertRefused(at(THURSDAY, "23:30", null), "endsAt", "frontline.booking.endMissing");
		assertRefused(at(null, "10:00", null), "date", "frontline.booking.dateMissing");
		assertRefused(at(THURSDAY, null, null), "startsAt", "frontline.booking.startMissing");
	}

	@Test
	void keepsSlotsBetweenAQuarterOfAnHourAndAWorkingDayAndWithinAYear() {
		assertRefused(at(THURSDAY, "10:00", "10:14"), "endsAt", "frontline.booking.tooShort");
		assertRefused(at(THURSDAY, "08:00", "16:01"), "endsAt", "frontline.booking.tooLong");
		assertRefused(at(LocalDate.of(2027, 3, 11), "10:00", null), "date", "frontline.booking.tooFarAhead");

		assertThat(this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "08:00", "16:00")).minutes())
			.isEqualTo(8 * 60);
		assertThat(this.rideAlongs.book(this.leader.getId(), at(LocalDate.of(2027, 3, 10), "10:00", "10:15")).minutes())
			.isEqualTo(15);
	}

	@Test
	void aLeaderCannotBeInTwoPlacesAtOnce() {
		this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", "11:00"));

		assertRefused(at(THURSDAY, "10:30", "11:30"), "startsAt", "frontline.booking.overlaps");
		assertRefused(new Booking(THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null, agent().getId(),
				Channel.CHATS, null), "startsAt", "frontline.booking.overlaps");
		// Back to back is fine.
		assertThat(this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "11:00", "12:00"))).isNotNull();
		assertThat(this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "09:00", "10:00"))).isNotNull();
	}

	@Test
	void aCancelledSlotFreesTheTime() {
		RideAlong first = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", "11:00"));
		this.rideAlongs.cancel(first.getId(), this.leader.getId(), false);

		assertThat(this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", "11:00"))).isNotNull();
	}

	@Test
	void aTeamHostsTwoLeadersAtATimeAndAnAgentOne() {
		this.rideAlongs.book(leader("Second").getId(), at(THURSDAY, "10:00", "11:00"));
		this.rideAlongs.book(leader("Third").getId(), at(THURSDAY, "10:30", "11:30"));
		assertRefused(at(THURSDAY, "10:45", null), "startsAt", "frontline.booking.teamFull");
		assertThat(this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "11:30", null))).isNotNull();

		Person agent = agent();
		this.rideAlongs.book(leader("Fourth").getId(),
				new Booking(THURSDAY, LocalTime.of(14, 0), null, null, agent.getId(), Channel.EMAILS, null));
		assertRefused(new Booking(THURSDAY, LocalTime.of(14, 30), null, null, agent.getId(), Channel.CALLS, null),
				"startsAt", "frontline.booking.agentTaken");
	}

	@Test
	void sitsWithExactlyOneTeamOrAgentWithAChannelAndAShortNote() {
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, null, null, Channel.CALLS, null), "teamId",
				"frontline.booking.withWhomMissing");
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, this.team.getId(), agent().getId(),
				Channel.CALLS, null), "teamId", "frontline.booking.withWhomBoth");
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, 987_654L, null, Channel.CALLS, null), "teamId",
				"frontline.booking.withWhomMissing");
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, null, this.leader.getId(), Channel.CALLS, null),
				"agentId", "frontline.booking.notYourself");
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, this.team.getId(), null, null, null), "channel",
				"frontline.booking.channelMissing");
		assertRefused(new Booking(THURSDAY, LocalTime.of(10, 0), null, this.team.getId(), null, Channel.CALLS,
				"n".repeat(RideAlong.MAX_NOTE + 1)), "note", "frontline.booking.noteTooLong");
		assertThat(this.rideAlongs.book(this.leader.getId(), new Booking(THURSDAY, LocalTime.of(10, 0), null,
				this.team.getId(), null, Channel.CALLS, "n".repeat(RideAlong.MAX_NOTE))))
			.isNotNull();
	}

	@Test
	void onlyLeadersBookAndALeaderHoldsAtMostThirtySlotsAhead() {
		Person notALeader = this.testAccounts.person("Not A Leader");
		assertThatExceptionOfType(NotAllowedException.class)
			.isThrownBy(() -> this.rideAlongs.book(notALeader.getId(), at(THURSDAY, "10:00", null)))
			.extracting(NotAllowedException::getReason)
			.isEqualTo("frontline.notALeader");

		for (int day = 0; day < RideAlongs.MAX_UPCOMING; day++) {
			this.rideAlongs.book(this.leader.getId(), at(THURSDAY.plusDays(day), "10:00", null));
		}
		assertRefused(at(THURSDAY.plusDays(40), "10:00", null), null, "frontline.booking.tooMany");
	}

	@Test
	void onlyTheLeaderOrAManagerChangesCancelsOrWritesLearnings() {
		RideAlong booked = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", null));
		Person colleague = leader("Other Leader");

		assertThatExceptionOfType(NotAllowedException.class).isThrownBy(() -> this.rideAlongs.change(booked.getId(),
				booked.getVersion(), colleague.getId(), false, at(THURSDAY, "11:00", null)));
		assertThatExceptionOfType(NotAllowedException.class)
			.isThrownBy(() -> this.rideAlongs.cancel(booked.getId(), colleague.getId(), false));
		this.clock.set(Instant.parse("2026-03-12T09:30:00Z"));
		assertThatExceptionOfType(NotAllowedException.class)
			.isThrownBy(() -> this.rideAlongs.recordLearning(booked.getId(), booked.getVersion(), colleague.getId(),
					false, "Hijacked"))
			.extracting(NotAllowedException::getReason)
			.isEqualTo("frontline.notYours");

		RideAlong learned = this.rideAlongs.recordLearning(booked.getId(), booked.getVersion(), colleague.getId(), true,
				"Written by a manager");
		assertThat(learned.getLearned()).isEqualTo("Written by a manager");
	}

	@Test
	void aChangeMovesTheSlotAndBumpsTheCalendarSequence() {
		RideAlong booked = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", null));

		RideAlong moved = this.rideAlongs.change(booked.getId(), booked.getVersion(), this.leader.getId(), false,
				new Booking(THURSDAY, LocalTime.of(13, 0), LocalTime.of(14, 30), null, agent().getId(), Channel.CHATS,
						"Moved"));

		assertThat(moved.getStartsAt()).isEqualTo(Instant.parse("2026-03-12T12:00:00Z"));
		assertThat(moved.minutes()).isEqualTo(90);
		assertThat(moved.getTeam()).isNull();
		assertThat(moved.getChannel()).isEqualTo(Channel.CHATS);
		assertThat(moved.getSequence()).isEqualTo(1);
		assertThat(moved.getUid()).isEqualTo(booked.getUid());
	}

	@Test
	void aStaleChangeIsRefusedAndNothingIsOverwritten() {
		RideAlong booked = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", null));
		long opened = booked.getVersion();
		this.rideAlongs.change(booked.getId(), opened, this.leader.getId(), false, at(THURSDAY, "11:00", null));

		assertThatExceptionOfType(RideAlongConflictException.class)
			.isThrownBy(() -> this.rideAlongs.change(booked.getId(), opened, this.leader.getId(), false,
					at(THURSDAY, "15:00", null)))
			.satisfies(
					(ex) -> assertThat(ex.getCurrent().getStartsAt()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z")));
		assertThat(this.rideAlongs.get(booked.getId()).getStartsAt()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z"));
	}

	@Test
	void learningsComeOnlyOnceTheSlotHasStartedAndNeverForACancelledOne() {
		RideAlong booked = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", null));
		RideAlong cancelled = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "14:00", null));
		this.rideAlongs.cancel(cancelled.getId(), this.leader.getId(), false);

		assertRuleRefused(() -> learn(booked, "Too early"), "frontline.learned.notYet");

		this.clock.set(Instant.parse("2026-03-12T09:00:00Z"));
		assertRuleRefused(() -> learn(booked, "   "), "frontline.learned.missing");
		assertRuleRefused(() -> learn(booked, "x".repeat(RideAlong.MAX_LEARNED + 1)), "frontline.learned.tooLong");
		assertThat(learn(booked, " Customers wait too long for refunds. ").getLearned())
			.isEqualTo("Customers wait too long for refunds.");
		assertRuleRefused(() -> this.rideAlongs.change(booked.getId(), this.rideAlongs.get(booked.getId()).getVersion(),
				this.leader.getId(), false, at(THURSDAY, "16:00", null)), "frontline.booking.startedNoChange");
		assertRuleRefused(() -> this.rideAlongs.cancel(booked.getId(), this.leader.getId(), false),
				"frontline.booking.startedNoChange");

		this.clock.set(Instant.parse("2026-03-12T15:00:00Z"));
		assertRuleRefused(() -> learn(cancelled, "Nothing"), "frontline.learned.cancelled");
	}

	@Test
	void theTeamAndTheAgentSeeWhoIsComingUntilTheSlotIsOver() {
		Person member = this.people.add(new PersonDetails("Team Member", "member." + UUID.randomUUID() + "@example.com",
				"Agent", null, this.team.getId(), false));
		RideAlong toTeam = this.rideAlongs.book(this.leader.getId(), at(THURSDAY, "10:00", null));
		RideAlong toMember = this.rideAlongs.book(leader("Marcus Leader").getId(),
				new Booking(THURSDAY.plusDays(1), LocalTime.of(9, 0), null, null, member.getId(), Channel.CHATS, null));
		RideAlong cancelled = this.rideAlongs.book(leader("Cancelling Leader").getId(),
				at(THURSDAY.plusDays(2), "10:00", null));
		this.rideAlongs.cancel(cancelled.getId(), cancelled.getLeader().getId(), false);

		assertThat(this.rideAlongs.comingTo(member.getId())).extracting(RideAlong::getId)
			.containsExactly(toTeam.getId(), toMember.getId());
		assertThat(this.rideAlongs.comingToTeam(this.team.getId())).extracting(RideAlong::getId)
			.containsExactly(toTeam.getId());

		// While it runs it is still shown; once over, it is gone.
		this.clock.set(Instant.parse("2026-03-12T09:30:00Z"));
		assertThat(this.rideAlongs.comingToTeam(this.team.getId())).hasSize(1);
		this.clock.set(Instant.parse("2026-03-12T10:00:00Z"));
		assertThat(this.rideAlongs.comingTo(member.getId())).extracting(RideAlong::getId)
			.containsExactly(toMember.getId());
	}

	@Test
	void theTrackerShowsMonthByMonthWhoDidTheirHour() {
		// Helen has been a leader since January; Marcus since April.
		this.clock.set(Instant.parse("2026-01-05T08:00:00Z"));
		Person helen = leader("Helen Tracker");
		this.clock.set(Instant.parse("2026-04-15T08:00:00Z"));
		Person marcus = leader("Marcus Tracker");
		this.rideAlongs.recordPast(helen.getId(), at(LocalDate.of(2026, 2, 10), "10:00", null), "Invoices confuse");
		this.rideAlongs.recordPast(helen.getId(), at(LocalDate.of(2026, 3, 3), "10:00", "10:30"), null);
		this.rideAlongs.book(helen.getId(), at(LocalDate.of(2026, 4, 20), "10:00", null));
		RideAlong cancelled = this.rideAlongs.book(marcus.getId(), at(LocalDate.of(2026, 4, 21), "10:00", null));
		this.rideAlongs.cancel(cancelled.getId(), marcus.getId(), false);

		MonthlyHours tracker = this.rideAlongs.tracker(2026);

		assertThat(tracker.months()).hasSize(12);
		assertThat(states(tracker, helen)).containsExactly(MonthlyHours.State.DID_NOT, MonthlyHours.State.DID,
				MonthlyHours.State.DID_NOT, MonthlyHours.State.BOOKED, MonthlyHours.State.NOT_YET);
		assertThat(row(tracker, helen).cells().get(2).minutesDone()).isEqualTo(30);
		assertThat(row(tracker, helen).monthsDone()).isEqualTo(1);
		assertThat(states(tracker, marcus)).containsExactly(MonthlyHours.State.NOT_A_LEADER,
				MonthlyHours.State.NOT_A_LEADER, MonthlyHours.State.NOT_A_LEADER, MonthlyHours.State.NOT_YET,
				MonthlyHours.State.NOT_YET);

		// Once April's hour is over, it counts.
		this.clock.set(Instant.parse("2026-05-02T08:00:00Z"));
		assertThat(states(this.rideAlongs.tracker(2026), helen)).containsExactly(MonthlyHours.State.DID_NOT,
				MonthlyHours.State.DID, MonthlyHours.State.DID_NOT, MonthlyHours.State.DID, MonthlyHours.State.NOT_YET);
		assertThat(states(this.rideAlongs.tracker(2026), marcus)).startsWith(MonthlyHours.State.NOT_A_LEADER)
			.contains(MonthlyHours.State.DID_NOT);
	}

	@Test
	void theTradingPlacesDayIsTheWeeksSecondDayUntilThePlanSaysOtherwise() {
		this.clock.set(Instant.parse("2029-03-10T08:00:00Z"));
		TradingPlacesDay unplanned = this.rideAlongs.tradingPlacesDay();
		assertThat(unplanned.year()).isEqualTo(2029);
		assertThat(unplanned.date()).isEqualTo(LocalDate.of(2029, 10, 2));
		assertThat(unplanned.planned()).isFalse();
		assertThat(unplanned.bookable()).isTrue();

		this.clock.set(Instant.parse("2028-09-01T08:00:00Z"));
		this.planner.startPlanning(2028, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate thursday = this.planner.get(2028).dateOf(4);
		this.planner.addActivity(2028, new ActivityDetails(thursday, LocalTime.of(9, 0), LocalTime.of(17, 0),
				"Trading places", ActivityKind.TRADING_PLACES, null, null, null, null, null, null));
		Person leader = leader("Trading Leader");
		RideAlong that = this.rideAlongs.book(leader.getId(), at(thursday, "10:00", null));
		this.rideAlongs.book(leader.getId(), at(thursday.plusDays(1), "10:00", null));

		TradingPlacesDay planned = this.rideAlongs.tradingPlacesDay();
		assertThat(planned.date()).isEqualTo(thursday);
		assertThat(planned.planned()).isTrue();
		assertThat(planned.rideAlongs()).extracting(RideAlong::getId).containsExactly(that.getId());

		this.clock.set(ZonedDateTime.of(thursday.plusDays(1), LocalTime.NOON, this.clock.getZone()).toInstant());
		assertThat(this.rideAlongs.tradingPlacesDay().bookable()).isFalse();
	}

	@Test
	void leadersAreMarkedAndUnmarkedWithoutLosingTheirPastHours() {
		this.rideAlongs.recordPast(this.leader.getId(), at(LocalDate.of(2026, 2, 10), "10:00", null), "Learned");
		this.leaders.mark(this.leader.getId(), this.leader.getId());
		assertThat(this.leaders.isLeader(this.leader.getId())).isTrue();

		this.leaders.unmark(this.leader.getId());

		assertThat(this.leaders.isLeader(this.leader.getId())).isFalse();
		assertThat(this.rideAlongs.ofLeader(this.leader.getId())).hasSize(1);
		MonthlyHours.Row row = row(this.rideAlongs.tracker(2026), this.leader);
		assertThat(row.leaderNow()).isFalse();
		assertThat(row.cells().get(1).state()).isEqualTo(MonthlyHours.State.DID);
		assertThat(row.cells().get(0).state()).isEqualTo(MonthlyHours.State.NOT_A_LEADER);
	}

	private RideAlong learn(RideAlong rideAlong, String text) {
		return this.rideAlongs.recordLearning(rideAlong.getId(), this.rideAlongs.get(rideAlong.getId()).getVersion(),
				this.leader.getId(), false, text);
	}

	private void assertRefused(Booking booking, String field, String messageKey) {
		assertThatExceptionOfType(FrontlineRuleException.class)
			.isThrownBy(() -> this.rideAlongs.book(this.leader.getId(), booking))
			.satisfies((ex) -> {
				assertThat(ex.getMessageKey()).isEqualTo(messageKey);
				assertThat(ex.getField()).isEqualTo(field);
			});
	}

	private static void assertRuleRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(FrontlineRuleException.class).isThrownBy(action::run)
			.extracting(FrontlineRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

	private Booking at(LocalDate date, String start, String end) {
		return new Booking(date, (start != null) ? LocalTime.parse(start) : null,
				(end != null) ? LocalTime.parse(end) : null, this.team.getId(), null, Channel.CALLS, null);
	}

	private static List<MonthlyHours.State> states(MonthlyHours tracker, Person leader) {
		return row(tracker, leader).cells().stream().limit(5).map(MonthlyHours.Cell::state).toList();
	}

	private static MonthlyHours.Row row(MonthlyHours tracker, Person leader) {
		return tracker.rows()
			.stream()
			.filter((row) -> row.leader().getId().equals(leader.getId()))
			.findFirst()
			.orElseThrow();
	}

	private Person leader(String name) {
		Person person = this.testAccounts.person(name);
		this.leaders.mark(person.getId(), person.getId());
		return person;
	}

	private Person agent() {
		return this.testAccounts.person("Agent");
	}

	private Team team() {
		return this.people.addTeam("Team " + UUID.randomUUID());
	}

}
