package org.serviceweek.stats;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.serviceweek.people.People;
import org.serviceweek.people.Team;
import org.serviceweek.shoutout.CompanyValue;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.stats.RecognitionReport.NamedCount;
import org.serviceweek.stats.RecognitionReport.Participation;
import org.serviceweek.stats.RecognitionReport.TimeCount;
import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.SignUpCounts;
import org.serviceweek.week.WeekPlan;
import org.serviceweek.week.WeekPlanner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition in numbers for managers: shout-outs over time, per team and per value,
 * participation, and the week's sign-ups. Every figure is one aggregate query, however
 * many shout-outs there are.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionStats {

	/**
	 * Shout-outs are first counted per quarter of an hour in SQL (a bounded number of
	 * rows: at most 96 a day), then put into days of the app's time zone here. Every
	 * zone's offset is a multiple of 15 minutes, so no slot spans two days; and the SQL
	 * stays the same on H2 and PostgreSQL.
	 */
	private static final int SLOT_SECONDS = 900;

	private final JdbcTemplate jdbc;

	private final People people;

	private final CompanyValues values;

	private final CelebrationWeeks weeks;

	private final WeekPlanner planner;

	private final Clock clock;

	RecognitionStats(JdbcTemplate jdbc, People people, CompanyValues values, CelebrationWeeks weeks,
			WeekPlanner planner, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.values = values;
		this.weeks = weeks;
		this.planner = planner;
		this.clock = clock;
	}

	/**
	 * Checks that the period runs forwards and covers at most a year.
	 * @throws StatsRuleException otherwise
	 */
	private static void check(Period period) {
		if (period.to().isBefore(period.from())) {
			throw new StatsRuleException("to", "stats.period.toBeforeFrom");
		}
		if (period.days() > Period.MAX_DAYS) {
			throw new StatsRuleException("to", "stats.period.tooLong", Period.MAX_DAYS);
		}
	}

	public RecognitionReport report(Period period) {
		check(period);
		ZoneId zone = this.clock.getZone();
		Object[] between = { VisibleShoutOuts.parameter(period.start(zone)),
				VisibleShoutOuts.parameter(period.end(zone)) };
		return new RecognitionReport(period, overTime(period, zone, between), byTeam(between), byValue(between),
				participation(between));
	}

	private List<TimeCount> overTime(Period period, ZoneId zone, Object[] between) {
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		LocalDate first = period.isPerDay() ? period.from() : period.from().with(DayOfWeek.MONDAY);
		for (LocalDate day = first; !day.isAfter(period.to()); day = day.plusDays(period.isPerDay() ? 1 : 7)) {
			counts.put(day, 0L);
		}
		String slot = "floor(extract(epoch from s.created_at) / " + SLOT_SECONDS + ")";
		this.jdbc.query("select " + slot + ", count(*) from shout_out s where " + VisibleShoutOuts.IN_PERIOD
				+ " group by " + slot, (row) -> {
					LocalDate day = Instant.ofEpochSecond(row.getLong(1) * SLOT_SECONDS).atZone(zone).toLocalDate();
					long count = row.getLong(2);
					counts.computeIfPresent(period.isPerDay() ? day : day.with(DayOfWeek.MONDAY),
							(start, earlier) -> earlier + count);
				}, between);
		return counts.entrySet().stream().map((entry) -> new TimeCount(entry.getKey(), entry.getValue())).toList();
	}

	/** Every team, those without shout-outs too: nobody should be forgotten. */
	private List<NamedCount> byTeam(Object[] between) {
		Map<Long, Long> counts = new HashMap<>();
		// The period's shout-outs first (index ix_shout_out_created), then their
		// recipients: with three joins H2 started from the people and read every
		// recipient of all time (finding 43 in docs/performance.md).
		this.jdbc.query("""
				select p.team_id, count(distinct r.shout_out_id) from shout_out_recipient r
				join person p on p.id = r.person_id
				where r.shout_out_id in (select s.id from shout_out s where %s) group by p.team_id"""
			.formatted(VisibleShoutOuts.IN_PERIOD), (row) -> {
				counts.put(idOrNull(row.getObject(1)), row.getLong(2));
			}, between);
		List<NamedCount> result = new ArrayList<>();
		for (Team team : this.people.teams()) {
			result.add(new NamedCount(team.getName(), counts.getOrDefault(team.getId(), 0L)));
		}
		if (counts.containsKey(null)) {
			result.add(new NamedCount(null, counts.get(null)));
		}
		return mostFirst(result);
	}

	private static Long idOrNull(Object id) {
		return (id != null) ? ((Number) id).longValue() : null;
	}

	/**
	 * Active values, with or without shout-outs, and retired ones that still have some.
	 */
	private List<NamedCount> byValue(Object[] between) {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("select s.value_id, count(*) from shout_out s where " + VisibleShoutOuts.IN_PERIOD
				+ " group by s.value_id", (row) -> {
					counts.put(idOrNull(row.getObject(1)), row.getLong(2));
				}, between);
		List<NamedCount> result = new ArrayList<>();
		for (CompanyValue value : this.values.all()) {
			long count = counts.getOrDefault(value.getId(), 0L);
			if (value.isActive() || count > 0) {
				result.add(new NamedCount(value.getName(), count));
			}
		}
		if (counts.containsKey(null)) {
			result.add(new NamedCount(null, counts.get(null)));
		}
		return mostFirst(result);
	}

	private static List<NamedCount> mostFirst(List<NamedCount> counts) {
		// A stable sort: equal counts keep the order of the directory or the value list.
		return counts.stream().sorted(Comparator.comparingLong(NamedCount::count).reversed()).toList();
	}

	private Participation participation(Object[] between) {
		Object[] twice = { between[0], between[1], between[0], between[1] };
		long people = this.people.count();
		return this.jdbc.queryForObject("""
				select (select count(distinct s.author_id) from shout_out s where %1$s),
				  (select count(distinct r.person_id) from shout_out s
				   join shout_out_recipient r on r.shout_out_id = s.id where %1$s)
				""".formatted(VisibleShoutOuts.IN_PERIOD),
				(row, number) -> new Participation(people, row.getLong(1), row.getLong(2)), twice);
	}

	/**
	 * The sign-ups of the celebration week in the period (the latest, if it holds more
	 * than one), or else of the current or next week.
	 */
	public WeekSignUps signUps(Period period) {
		CelebrationWeek week = null;
		for (int year = period.to().getYear(); year >= period.from().getYear() && week == null; year--) {
			CelebrationWeek candidate = this.weeks.weekOf(year);
			if (period.overlaps(candidate.getStartsOn(), candidate.getEndsOn())) {
				week = candidate;
			}
		}
		if (week == null) {
			week = this.weeks.weekOf(this.weeks.glance().year());
		}
		if (this.planner.find(week.getYear()).isEmpty()) {
			return new WeekSignUps(week.getYear(), week.getStartsOn(), week.getEndsOn(), false, List.of());
		}
		WeekPlan plan = this.planner.plan(week.getYear());
		SignUpCounts counts = plan.counts();
		List<WeekSignUps.Row> rows = plan.days()
			.stream()
			.flatMap((day) -> day.activities().stream())
			.map((activity) -> new WeekSignUps.Row(activity.getId(), activity.getTitle(), activity.getDate(),
					activity.getStartsAt(), counts.confirmed(activity.getId()), counts.waiting(activity.getId()),
					activity.getCapacity()))
			.toList();
		return new WeekSignUps(week.getYear(), week.getStartsOn(), week.getEndsOn(), true, rows);
	}

}
