package org.serviceweek.frontline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.Team;
import org.serviceweek.shared.NotFoundException;
import org.serviceweek.shared.Text;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekPlanner;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders book slots beside a team or an agent, change or cancel them until they start,
 * and write down what they learned once they have started. Only the leader or a manager
 * touches a booking.
 */
@Service
@Transactional
public class RideAlongs {

	/** A slot without an end lasts an hour. */
	public static final int DEFAULT_MINUTES = 60;

	/** The shortest slot worth booking. */
	public static final int MIN_MINUTES = 15;

	/** The longest: a working day. */
	public static final int MAX_HOURS = 8;

	/** How far ahead a slot may be booked. */
	public static final int MAX_MONTHS_AHEAD = 12;

	/** How many leaders a team hosts at the same time. */
	public static final int MAX_LEADERS_PER_TEAM = 2;

	/** How many slots still to come one leader may hold. */
	public static final int MAX_UPCOMING = 30;

	/** How many visits a "coming to you" list shows. */
	static final int COMING_LIMIT = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final RideAlongRepository rideAlongs;

	private final LeaderRepository leaders;

	private final People people;

	private final CelebrationWeeks weeks;

	private final WeekPlanner planner;

	private final Clock clock;

	RideAlongs(RideAlongRepository rideAlongs, LeaderRepository leaders, People people, CelebrationWeeks weeks,
			WeekPlanner planner, Clock clock) {
		this.rideAlongs = rideAlongs;
		this.leaders = leaders;
		this.people = people;
		this.weeks = weeks;
		this.planner = planner;
		this.clock = clock;
	}

	/**
	 * A leader books a slot in the future.
	 * @throws NotAllowedException if the person is not a leader
	 * @throws FrontlineRuleException if the slot breaks a rule
	 */
	public RideAlong book(long leaderId, Booking booking) {
		// Bookings of one leader take turns, so two at once cannot both pass the overlap
		// check.
		this.leaders.lockByPersonId(leaderId).orElseThrow(() -> new NotAllowedException("frontline.notALeader"));
		Instant now = this.clock.instant();
		if (this.rideAlongs.countUpcomingForLeader(leaderId, now) >= MAX_UPCOMING) {
			throw new FrontlineRuleException(null, "frontline.booking.tooMany", MAX_UPCOMING);
		}
		Person leader = this.people.get(leaderId);
		RideAlong.Slot slot = check(leader, booking, -1, now, true);
		return this.rideAlongs.saveAndFlush(new RideAlong(leader, slot, now));
	}

	/**
	 * Changes a slot that has not started yet.
	 * @throws RideAlongConflictException when someone else saved it since the form was
	 * opened; nothing is overwritten
	 */
	public RideAlong change(long id, long expectedVersion, long actorId, boolean manager, Booking booking) {
		RideAlong rideAlong = get(id);
		checkMayChange(rideAlong, actorId, manager);
		this.leaders.lockByPersonId(rideAlong.getLeader().getId());
		if (rideAlong.getVersion() != expectedVersion) {
			throw new RideAlongConflictException(rideAlong);
		}
		Instant now = this.clock.instant();
		rideAlong.checkChangeable(now);
		rideAlong.plan(check(rideAlong.getLeader(), booking, id, now, true), now);
		this.rideAlongs.flush();
		return rideAlong;
	}

	/** Cancels a slot that has not started yet; it stays in calendars as cancelled. */
	public RideAlong cancel(long id, long actorId, boolean manager) {
		RideAlong rideAlong = get(id);
		checkMayChange(rideAlong, actorId, manager);
		rideAlong.cancel(this.clock.instant());
		return rideAlong;
	}

	/**
	 * Writes down what the leader learned, once the slot has started.
	 * @throws RideAlongConflictException when someone else saved it since the form was
	 * opened
	 */
	public RideAlong recordLearning(long id, long expectedVersion, long actorId, boolean manager, String learned) {
		RideAlong rideAlong = get(id);
		checkMayChange(rideAlong, actorId, manager);
		if (rideAlong.getVersion() != expectedVersion) {
			throw new RideAlongConflictException(rideAlong);
		}
		rideAlong.learned(learned, this.clock.instant());
		this.rideAlongs.flush();
		return rideAlong;
	}

	/**
	 * Records a ride-along that already took place, with what was learned (for the demo
	 * and for hours logged after the fact). The future rule does not apply; the others
	 * do.
	 */
	public RideAlong recordPast(long leaderId, Booking booking, String learned) {
		Instant now = this.clock.instant();
		Person leader = this.people.get(leaderId);
		RideAlong.Slot slot = check(leader, booking, -1, now, false);
		if (slot.startsAt().isAfter(now)) {
			throw new FrontlineRuleException("date", "frontline.booking.notPast");
		}
		RideAlong rideAlong = new RideAlong(leader, slot, now);
		if (learned != null) {
			rideAlong.learned(learned, now);
		}
		return this.rideAlongs.saveAndFlush(rideAlong);
	}

	@Transactional(readOnly = true)
	public RideAlong get(long id) {
		return this.rideAlongs.findWithPeopleById(id).orElseThrow(() -> new RideAlongNotFoundException(id));
	}

	/**
	 * A ride-along that the person is about to change.
	 * @throws NotAllowedException unless they are its leader or a manager
	 */
	@Transactional(readOnly = true)
	public RideAlong getToChange(long id, long actorId, boolean manager) {
		RideAlong rideAlong = get(id);
		checkMayChange(rideAlong, actorId, manager);
		return rideAlong;
	}

	/** A leader's ride-alongs, the latest first, cancelled ones included. */
	@Transactional(readOnly = true)
	public List<RideAlong> ofLeader(long leaderId) {
		return this.rideAlongs.findByLeader(leaderId);
	}

	/** Visits still to come (or going on) to a team. */
	@Transactional(readOnly = true)
	public List<RideAlong> comingToTeam(long teamId) {
		return this.rideAlongs.findComingToTeam(teamId, this.clock.instant(), PageRequest.of(0, COMING_LIMIT));
	}

	/**
	 * Visits still to come to a person: to them personally, and to their team.
	 */
	@Transactional(readOnly = true)
	public List<RideAlong> comingTo(long personId) {
		Instant now = this.clock.instant();
		List<RideAlong> coming = new ArrayList<>(
				this.rideAlongs.findComingToAgent(personId, now, PageRequest.of(0, COMING_LIMIT)));
		this.people.find(personId)
			.map(Person::getTeam)
			.ifPresent((team) -> coming
				.addAll(this.rideAlongs.findComingToTeam(team.getId(), now, PageRequest.of(0, COMING_LIMIT))));
		coming.sort(Comparator.comparing(RideAlong::getStartsAt));
		return coming;
	}

	/** What leaders learned lately, the latest first: for managers. */
	@Transactional(readOnly = true)
	public List<RideAlong> latestLearnings(int limit) {
		return this.rideAlongs.findLatestLearnings(PageRequest.of(0, limit));
	}

	/** Everything starting on a day of the app's zone, cancelled ones left out. */
	@Transactional(readOnly = true)
	public List<RideAlong> on(LocalDate date) {
		ZoneId zone = this.clock.getZone();
		return this.rideAlongs
			.findStartingBetween(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant())
			.stream()
			.filter((rideAlong) -> !rideAlong.isCancelled())
			.toList();
	}

	/**
	 * The coming (or current) celebration week's trading-places day, with the ride-alongs
	 * booked on it.
	 */
	@Transactional(readOnly = true)
	public TradingPlacesDay tradingPlacesDay() {
		int year = this.weeks.glance().year();
		CelebrationWeek week = this.weeks.weekOf(year);
		LocalDate planned = this.planner.plannedBetween(week.getStartsOn(), week.getEndsOn())
			.stream()
			.filter((activity) -> activity.getKind() == ActivityKind.TRADING_PLACES)
			.map(Activity::getDate)
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate date = (planned != null) ? planned : week.dateOf(2);
		return new TradingPlacesDay(year, date, planned != null, on(date), !date.isBefore(LocalDate.now(this.clock)));
	}

	/** The tracker of a year: month by month, who did their hour. */
	@Transactional(readOnly = true)
	public MonthlyHours tracker(int year) {
		ZoneId zone = this.clock.getZone();
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
		return MonthlyHours.of(year, this.leaders.findAllWithPerson(), this.rideAlongs.findStartingBetween(from, to),
				this.clock.instant(), zone);
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	private static void checkMayChange(RideAlong rideAlong, long actorId, boolean manager) {
		if (!rideAlong.mayBeChangedBy(actorId, manager)) {
			throw new NotAllowedException("frontline.notYours");
		}
	}

	private RideAlong.Slot check(Person leader, Booking booking, long exceptId, Instant now, boolean mustBeAhead) {
		Team team = null;
		Person agent = null;
		if (booking.teamId() == null && booking.agentId() == null) {
			throw new FrontlineRuleException("teamId", "frontline.booking.withWhomMissing");
		}
		if (booking.teamId() != null && booking.agentId() != null) {
			throw new FrontlineRuleException("teamId", "frontline.booking.withWhomBoth");
		}
		if (booking.teamId() != null) {
			try {
				team = this.people.getTeam(booking.teamId());
			}
			catch (NotFoundException ex) {
				throw new FrontlineRuleException("teamId", "frontline.booking.withWhomMissing");
			}
		}
		else {
			if (booking.agentId() == leader.getId().longValue()) {
				throw new FrontlineRuleException("agentId", "frontline.booking.notYourself");
			}
			agent = this.people.find(booking.agentId())
				.orElseThrow(() -> new FrontlineRuleException("agentId", "frontline.booking.withWhomMissing"));
		}
		if (booking.channel() == null) {
			throw new FrontlineRuleException("channel", "frontline.booking.channelMissing");
		}
		if (booking.date() == null) {
			throw new FrontlineRuleException("date", "frontline.booking.dateMissing");
		}
		if (booking.startsAt() == null) {
			throw new FrontlineRuleException("startsAt", "frontline.booking.startMissing");
		}
		LocalTime endTime = (booking.endsAt() != null) ? booking.endsAt()
				: booking.startsAt().plusMinutes(DEFAULT_MINUTES);
		if (booking.endsAt() == null && endTime.isBefore(booking.startsAt())) {
			// An hour from 23:30 would end tomorrow; slots stay within their day.
			throw new FrontlineRuleException("endsAt", "frontline.booking.endMissing");
		}
		if (!endTime.isAfter(booking.startsAt())) {
			throw new FrontlineRuleException("endsAt", "frontline.booking.endBeforeStart");
		}
		ZoneId zone = this.clock.getZone();
		Instant startsAt = ZonedDateTime.of(booking.date(), booking.startsAt(), zone).toInstant();
		Instant endsAt = ZonedDateTime.of(booking.date(), endTime, zone).toInstant();
		long minutes = Duration.between(startsAt, endsAt).toMinutes();
		if (minutes < MIN_MINUTES) {
			throw new FrontlineRuleException("endsAt", "frontline.booking.tooShort", MIN_MINUTES);
		}
		if (minutes > MAX_HOURS * 60L) {
			throw new FrontlineRuleException("endsAt", "frontline.booking.tooLong", MAX_HOURS);
		}
		if (mustBeAhead && !startsAt.isAfter(now)) {
			throw new FrontlineRuleException("startsAt", "frontline.booking.notAhead");
		}
		if (booking.date().isAfter(LocalDate.now(this.clock).plusMonths(MAX_MONTHS_AHEAD))) {
			throw new FrontlineRuleException("date", "frontline.booking.tooFarAhead", MAX_MONTHS_AHEAD);
		}
		String note = Text.trimToNull(booking.note());
		if (note != null && note.length() > RideAlong.MAX_NOTE) {
			throw new FrontlineRuleException("note", "frontline.booking.noteTooLong", RideAlong.MAX_NOTE);
		}
		List<RideAlong> overlapping = this.rideAlongs.findOverlappingForLeader(leader.getId(), startsAt, endsAt,
				exceptId);
		if (!overlapping.isEmpty()) {
			RideAlong other = overlapping.get(0);
			throw new FrontlineRuleException("startsAt", "frontline.booking.overlaps",
					TIME.format(other.getStartsAt().atZone(zone)), TIME.format(other.getEndsAt().atZone(zone)));
		}
		if (team != null && this.rideAlongs.countOverlappingForTeam(team.getId(), startsAt, endsAt,
				exceptId) >= MAX_LEADERS_PER_TEAM) {
			throw new FrontlineRuleException("startsAt", "frontline.booking.teamFull", MAX_LEADERS_PER_TEAM);
		}
		if (agent != null && this.rideAlongs.countOverlappingForAgent(agent.getId(), startsAt, endsAt, exceptId) > 0) {
			throw new FrontlineRuleException("startsAt", "frontline.booking.agentTaken");
		}
		return new RideAlong.Slot(startsAt, endsAt, team, agent, booking.channel(), note);
	}

}
