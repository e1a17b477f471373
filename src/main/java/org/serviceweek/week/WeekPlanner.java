package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers plan the celebration week: its dates, theme and budget, five days and their
 * activities, plus follow-ups on any date of the year.
 */
@Service
@Transactional
public class WeekPlanner {

	static final int MAX_ACTIVITIES_PER_WEEK = 200;

	private final CelebrationWeekRepository weeks;

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final WeekTemplate template;

	private final WaitingLine waitingLine;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WeekPlanner(CelebrationWeekRepository weeks, ActivityRepository activities, SignUpRepository signUps,
			WeekTemplate template, WaitingLine waitingLine, People people, ApplicationEventPublisher events,
			Clock clock) {
		this.weeks = weeks;
		this.activities = activities;
		this.signUps = signUps;
		this.template = template;
		this.waitingLine = waitingLine;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CelebrationWeek> weeks() {
		return this.weeks.findAll(org.springframework.data.domain.Sort.by("year").descending());
	}

	@Transactional(readOnly = true)
	public Optional<CelebrationWeek> find(int year) {
		return this.weeks.findById(year);
	}

	@Transactional(readOnly = true)
	public CelebrationWeek get(int year) {
		return find(year).orElseThrow(() -> new WeekNotFoundException(year));
	}

	/**
	 * Starts planning a year's week: empty, from the ready plan, or as a copy of an
	 * earlier year. Its dates default to the first full week of October.
	 */
	public CelebrationWeek startPlanning(int year, StartFrom startFrom, Integer copyOf, Locale locale) {
		if (this.weeks.existsById(year)) {
			CelebrationWeek existing = this.weeks.findById(year).orElseThrow();
			if (existing.getDays().isEmpty() && this.activities.findAllOfWeek(year).isEmpty()) {
				return fill(existing, startFrom, copyOf, locale);
			}
			throw new PlanningException("year", "plan.alreadyPlanned", year);
		}
		return fill(this.weeks.save(new CelebrationWeek(year)), startFrom, copyOf, locale);
	}

	private CelebrationWeek fill(CelebrationWeek week, StartFrom startFrom, Integer copyOf, Locale locale) {
		Instant now = this.clock.instant();
		switch (startFrom) {
			case TEMPLATE -> {
				this.template.planDays(week, locale);
				this.template.activities(week, locale)
					.forEach((details) -> this.activities.save(new Activity(week.getYear(), details, null, now)));
			}
			case COPY -> {
				CelebrationWeek source = (copyOf != null) ? this.weeks.findById(copyOf).orElse(null) : null;
				if (source == null || source.getYear() == week.getYear()) {
					throw new PlanningException("copyOf", "plan.copyMissing");
				}
				source.getDays().forEach((day) -> week.planDay(day.getDayNumber(), day.getTitle(), day.getFocus()));
				week.announce(null, source.getWelcome());
				week.budget(source.getBudget());
				long shift = ChronoUnit.DAYS.between(source.getStartsOn(), week.getStartsOn());
				for (Activity original : this.activities.findPlanned(source.getYear())) {
					ActivityDetails details = new ActivityDetails(original.getDate().plusDays(shift),
							original.getStartsAt(), original.getEndsAt(), original.getTitle(), original.getKind(),
							original.getPlace(), original.getOnlineLink(),
							(original.getHost() != null) ? original.getHost().getId() : null, original.getDescription(),
							original.getCapacity(), original.getCost());
					this.activities.save(new Activity(week.getYear(), details, original.getHost(), now));
				}
			}
			default -> {
				for (int day = 1; day <= CelebrationWeekRule.DAYS; day++) {
					week.planDay(day, null, null);
				}
			}
		}
		return week;
	}

	/**
	 * Changes the week's theme, welcome, budget and dates. Moving the week moves its
	 * activities with it, day for day.
	 */
	public CelebrationWeek updateWeek(int year, long expectedVersion, WeekSettings settings) {
		CelebrationWeek week = get(year);
		if (week.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CelebrationWeek.class, year);
		}
		LocalDate monday = settings.startsOn();
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new PlanningException("startsOn", "plan.startsOnMonday");
		}
		if (monday.getYear() != year) {
			throw new PlanningException("startsOn", "plan.startsInYear", year);
		}
		if (settings.budget() != null && settings.budget().signum() < 0) {
			throw new PlanningException("budget", "plan.budgetNegative");
		}
		long shift = ChronoUnit.DAYS.between(week.getStartsOn(), monday);
		if (shift != 0) {
			Instant now = this.clock.instant();
			this.activities.findAllOfWeek(year).forEach((activity) -> activity.shiftBy(shift, now));
			week.moveTo(monday);
		}
		week.announce(settings.theme(), settings.welcome());
		week.budget(settings.budget());
		return week;
	}

	public void planDay(int year, int dayNumber, String title, String focus) {
		if (dayNumber < 1 || dayNumber > CelebrationWeekRule.DAYS) {
			throw new WeekNotFoundException(year);
		}
		get(year).planDay(dayNumber, title, focus);
	}

	@Transactional(readOnly = true)
	public Activity getActivity(long id) {
		return this.activities.findWithHost(id).orElseThrow(() -> new ActivityNotFoundException(id));
	}

	/**
	 * Adds an activity to a year's week, or (with no year) a follow-up on any date.
	 */
	public Activity addActivity(Integer year, ActivityDetails details) {
		if (year != null) {
			CelebrationWeek week = get(year);
			checkInWeek(week, details.date());
			if (this.activities.findAllOfWeek(year).size() >= MAX_ACTIVITIES_PER_WEEK) {
				throw new PlanningException("title", "activity.tooMany", MAX_ACTIVITIES_PER_WEEK);
			}
		}
		checkTimes(details);
		return this.activities.save(new Activity(year, details, host(details), this.clock.instant()));
	}

	/**
	 * Saves a manager's edit, unless someone else saved the activity since they opened
	 * it.
	 * @throws ActivityConflictException when the version is stale; nothing is overwritten
	 */
	public Activity updateActivity(long id, long expectedVersion, ActivityDetails details) {
		// Locked like a sign-up, so a capacity change and a sign-up cannot overtake each
		// other.
		Activity activity = this.activities.lockById(id).orElseThrow(() -> new ActivityNotFoundException(id));
		if (activity.getVersion() != expectedVersion) {
			throw new ActivityConflictException(activity);
		}
		if (activity.isCancelled()) {
			throw new PlanningException("title", "activity.cancelledNoEdit");
		}
		if (activity.getYear() != null) {
			checkInWeek(get(activity.getYear()), details.date());
		}
		checkTimes(details);
		long confirmed = this.signUps.countByActivityIdAndStatus(id, SignUpStatus.CONFIRMED);
		if (details.capacity() != null && details.capacity() < confirmed) {
			throw new PlanningException("capacity", "activity.capacityBelowSignUps", confirmed);
		}
		activity.apply(details, host(details), this.clock.instant());
		// A larger capacity gives places to the first in the waiting line.
		this.waitingLine.promote(activity, confirmed);
		return activity;
	}

	/**
	 * Calls an activity off. It leaves the plan, stays in calendar feeds as cancelled,
	 * and everyone who had signed up is told.
	 */
	public void cancelActivity(long id) {
		Activity activity = this.activities.lockById(id).orElseThrow(() -> new ActivityNotFoundException(id));
		if (activity.isCancelled()) {
			return;
		}
		List<Long> signedUp = this.signUps.findPersonIds(id);
		activity.cancel(this.clock.instant());
		this.signUps.deleteByActivityId(id);
		this.events.publishEvent(new ActivityCancelled(id, activity.getTitle(), activity.getDate(), signedUp));
	}

	@Transactional(readOnly = true)
	public WeekPlan plan(int year) {
		CelebrationWeek week = get(year);
		List<Activity> planned = this.activities.findPlanned(year);
		return WeekPlan.of(week, planned, SignUpCounts.of(this.signUps, planned));
	}

	@Transactional(readOnly = true)
	public List<Activity> followUpsFrom(LocalDate from) {
		return this.activities.findFollowUpsFrom(from);
	}

	@Transactional(readOnly = true)
	public List<Activity> plannedBetween(LocalDate from, LocalDate to) {
		return this.activities.findPlannedBetween(from, to);
	}

	@Transactional(readOnly = true)
	public List<Activity> forCalendar(int year) {
		return this.activities.findForCalendar(year);
	}

	@Transactional(readOnly = true)
	public BigDecimal plannedCost(int year) {
		return this.activities.findPlanned(year)
			.stream()
			.map(Activity::getCost)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private Person host(ActivityDetails details) {
		return (details.hostId() != null) ? this.people.get(details.hostId()) : null;
	}

	private static void checkInWeek(CelebrationWeek week, LocalDate date) {
		if (date == null || !week.includes(date)) {
			throw new PlanningException("date", "activity.outsideWeek", week.getStartsOn(), week.getEndsOn());
		}
	}

	private static void checkTimes(ActivityDetails details) {
		if (details.startsAt() == null || details.endsAt() == null || !details.endsAt().isAfter(details.startsAt())) {
			throw new PlanningException("endsAt", "activity.endBeforeStart");
		}
	}

}
