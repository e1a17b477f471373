package org.serviceweek.frontline;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.serviceweek.people.Person;

/**
 * The tracker: for one year, month by month, whether each leader spent their hour beside
 * the front line.
 *
 * @param year the year shown
 * @param months its twelve months
 * @param rows one per leader (and per former leader with ride-alongs that year), by name
 */
public record MonthlyHours(int year, List<YearMonth> months, List<Row> rows) {

	/** The hour a month every leader is asked to spend beside the front line. */
	public static final long MINUTES_A_MONTH = 60;

	static MonthlyHours of(int year, List<Leader> leaders, List<RideAlong> rideAlongs, Instant now, ZoneId zone) {
		List<YearMonth> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(YearMonth.of(year, month));
		}
		YearMonth current = YearMonth.from(now.atZone(zone));
		Map<Long, Person> people = new LinkedHashMap<>();
		Map<Long, YearMonth> since = new LinkedHashMap<>();
		for (Leader leader : leaders) {
			people.put(leader.getPersonId(), leader.getPerson());
			since.put(leader.getPersonId(), YearMonth.from(leader.getSince().atZone(zone)));
		}
		Map<Long, List<RideAlong>> byLeader = new LinkedHashMap<>();
		for (RideAlong rideAlong : rideAlongs) {
			if (!rideAlong.isCancelled()) {
				people.putIfAbsent(rideAlong.getLeader().getId(), rideAlong.getLeader());
				byLeader.computeIfAbsent(rideAlong.getLeader().getId(), (id) -> new ArrayList<>()).add(rideAlong);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<Long, Person> entry : people.entrySet()) {
			List<RideAlong> theirs = byLeader.getOrDefault(entry.getKey(), List.of());
			YearMonth leaderSince = since.get(entry.getKey());
			List<Cell> cells = new ArrayList<>();
			for (YearMonth month : months) {
				long done = 0;
				long booked = 0;
				for (RideAlong rideAlong : theirs) {
					if (YearMonth.from(rideAlong.getStartsAt().atZone(zone)).equals(month)) {
						if (rideAlong.isOver(now)) {
							done += rideAlong.minutes();
						}
						else {
							booked += rideAlong.minutes();
						}
					}
				}
				cells.add(new Cell(month, state(month, done, booked, leaderSince, current), done, booked));
			}
			rows.add(new Row(entry.getValue(), leaderSince != null, cells));
		}
		rows.sort(Comparator.comparing((Row row) -> row.leader().getName(), String.CASE_INSENSITIVE_ORDER));
		return new MonthlyHours(year, List.copyOf(months), List.copyOf(rows));
	}

	private static State state(YearMonth month, long done, long booked, YearMonth since, YearMonth current) {
		if (done >= MINUTES_A_MONTH) {
			return State.DID;
		}
		if (booked > 0) {
			return State.BOOKED;
		}
		if (done == 0 && (since == null || month.isBefore(since))) {
			return State.NOT_A_LEADER;
		}
		return month.isBefore(current) ? State.DID_NOT : State.NOT_YET;
	}

	/** How many leaders did their hour in the month (index 0 to 11). */
	public long didIn(int monthIndex) {
		return this.rows.stream().filter((row) -> row.cells().get(monthIndex).state() == State.DID).count();
	}

	/** How many people were leaders in the month (index 0 to 11). */
	public long leadersIn(int monthIndex) {
		return this.rows.stream().filter((row) -> row.cells().get(monthIndex).state() != State.NOT_A_LEADER).count();
	}

	/**
	 * Where a leader stands in a month.
	 */
	public enum State {

		/** At least an hour beside the front line, over and done. */
		DID,
		/** Not an hour yet, but a ride-along is still to come that month. */
		BOOKED,
		/** The month is over without an hour. */
		DID_NOT,
		/** This month or a later one, with nothing booked yet. */
		NOT_YET,
		/** Not a leader at the time. */
		NOT_A_LEADER;

		public String messageKey() {
			return "frontline.tracker.state." + name();
		}

	}

	/**
	 * One leader in one month, with the minutes done and still booked.
	 */
	public record Cell(YearMonth month, State state, long minutesDone, long minutesBooked) {
	}

	/**
	 * One leader's year.
	 *
	 * @param leader the person
	 * @param leaderNow whether they are still a leader
	 * @param cells the twelve months
	 */
	public record Row(Person leader, boolean leaderNow, List<Cell> cells) {

		public long monthsDone() {
			return this.cells.stream().filter((cell) -> cell.state() == State.DID).count();
		}

	}

}
