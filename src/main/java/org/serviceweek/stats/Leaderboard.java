package org.serviceweek.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.serviceweek.shared.AppSettings;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekAtAGlance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who received the most shout-outs. Leaderboards get gamed, so there is none unless a
 * manager opens one for a few days (the week, typically); it closes on its own.
 */
@Service
@Transactional
public class Leaderboard {

	/** The time box as {@code 2026-10-05/2026-10-09}, or {@value #OFF}. */
	static final String SETTING = "leaderboard.box";

	static final String OFF = "off";

	public static final int MAX_DAYS = 31;

	public static final int SIZE = 10;

	private final AppSettings settings;

	private final CelebrationWeeks weeks;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Leaderboard(AppSettings settings, CelebrationWeeks weeks, JdbcTemplate jdbc, Clock clock) {
		this.settings = settings;
		this.weeks = weeks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether a leaderboard is on, and whether today is inside its time box. */
	public enum State {

		OFF, SCHEDULED, OPEN, OVER

	}

	/**
	 * Where the leaderboard stands today.
	 *
	 * @param box the time box, or {@code null} when it is off
	 */
	public record Status(State state, Period box) {

		public boolean isOpen() {
			return this.state == State.OPEN;
		}

	}

	/** One person on the leaderboard; equal counts share a rank. */
	public record Entry(int rank, long personId, String name, String team, long received) {
	}

	@Transactional(readOnly = true)
	public Status status() {
		Optional<Period> box = this.settings.get(SETTING).flatMap(Leaderboard::parse);
		if (box.isEmpty()) {
			return new Status(State.OFF, null);
		}
		LocalDate today = LocalDate.now(this.clock);
		State state = today.isBefore(box.get().from()) ? State.SCHEDULED
				: today.isAfter(box.get().to()) ? State.OVER : State.OPEN;
		return new Status(state, box.get());
	}

	@Transactional(readOnly = true)
	public boolean isOpen() {
		return status().isOpen();
	}

	/**
	 * Opens a leaderboard from one day to another, at most {@value #MAX_DAYS} days, not
	 * wholly in the past. It replaces any earlier one.
	 * @throws StatsRuleException when the time box breaks these rules
	 */
	public Period open(LocalDate from, LocalDate to) {
		Period box = new Period(from, to);
		if (to.isBefore(from)) {
			throw new StatsRuleException("lastDay", "leaderboard.toBeforeFrom");
		}
		if (box.days() > MAX_DAYS) {
			throw new StatsRuleException("lastDay", "leaderboard.tooLong", MAX_DAYS);
		}
		if (to.isBefore(LocalDate.now(this.clock))) {
			throw new StatsRuleException("lastDay", "leaderboard.inThePast");
		}
		this.settings.set(SETTING, from + "/" + to);
		return box;
	}

	private static Optional<Period> parse(String setting) {
		String[] dates = setting.split("/");
		try {
			return (dates.length == 2) ? Optional.of(new Period(LocalDate.parse(dates[0]), LocalDate.parse(dates[1])))
					: Optional.empty();
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public void close() {
		this.settings.set(SETTING, OFF);
	}

	/**
	 * What a manager is offered: the current or next celebration week, Monday to Friday.
	 */
	@Transactional(readOnly = true)
	public Period suggestedBox() {
		WeekAtAGlance week = this.weeks.glance();
		return new Period(week.startsOn(), week.endsOn());
	}

	/**
	 * The {@value #SIZE} people who received the most shout-outs in the time box, while
	 * it is open; nobody otherwise.
	 */
	@Transactional(readOnly = true)
	public List<Entry> top() {
		Status status = status();
		if (!status.isOpen()) {
			return List.of();
		}
		ZoneId zone = this.clock.getZone();
		Period period = status.box();
		List<Entry> entries = new ArrayList<>();
		this.jdbc.query("""
				select p.id, p.name, t.name, count(*) as received from shout_out s
				join shout_out_recipient r on r.shout_out_id = s.id join person p on p.id = r.person_id
				left join team t on t.id = p.team_id
				where %s group by p.id, p.name, t.name order by received desc, p.name, p.id
				fetch first %d rows only""".formatted(VisibleShoutOuts.IN_PERIOD, SIZE), (row) -> {
			long received = row.getLong(4);
			Entry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			int rank = (previous != null && previous.received() == received) ? previous.rank() : entries.size() + 1;
			entries.add(new Entry(rank, row.getLong(1), row.getString(2), row.getString(3), received));
		}, VisibleShoutOuts.parameter(period.start(zone)), VisibleShoutOuts.parameter(period.end(zone)));
		return entries;
	}

}
