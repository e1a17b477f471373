package org.serviceweek.week;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The celebration weeks, one per year.
 */
@Service
@Transactional
public class CelebrationWeeks {

	private final CelebrationWeekRepository weeks;

	private final Clock clock;

	CelebrationWeeks(CelebrationWeekRepository weeks, Clock clock) {
		this.weeks = weeks;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CelebrationWeek> find(int year) {
		return this.weeks.findById(year);
	}

	/** The year's week as planned, or with the default dates if nobody planned it yet. */
	@Transactional(readOnly = true)
	public CelebrationWeek weekOf(int year) {
		return find(year).orElseGet(() -> new CelebrationWeek(year));
	}

	public CelebrationWeek save(CelebrationWeek week) {
		return this.weeks.save(week);
	}

	/**
	 * This year's week until its Friday is over, then next year's.
	 */
	@Transactional(readOnly = true)
	public WeekAtAGlance glance() {
		LocalDate today = LocalDate.now(this.clock);
		CelebrationWeek week = weekOf(today.getYear());
		if (today.isAfter(week.getEndsOn())) {
			week = weekOf(today.getYear() + 1);
		}
		boolean running = !today.isBefore(week.getStartsOn()) && !today.isAfter(week.getEndsOn());
		long daysUntil = running ? 0 : ChronoUnit.DAYS.between(today, week.getStartsOn());
		int dayNumber = running ? (int) ChronoUnit.DAYS.between(week.getStartsOn(), today) + 1 : 0;
		return new WeekAtAGlance(week.getYear(), week.getStartsOn(), week.getEndsOn(), week.getTheme(), daysUntil,
				dayNumber);
	}

}
