package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A year's week as people read it: five days, each with its activities in time order, the
 * sign-up counts and the planned cost against the budget.
 */
public record WeekPlan(CelebrationWeek week, List<Day> days, SignUpCounts counts, BigDecimal plannedCost) {

	static WeekPlan of(CelebrationWeek week, List<Activity> activities, SignUpCounts counts) {
		List<Day> days = new ArrayList<>();
		for (int number = 1; number <= CelebrationWeekRule.DAYS; number++) {
			LocalDate date = week.dateOf(number);
			DayPlan plan = week.day(number).orElse(null);
			days.add(new Day(number, date, (plan != null) ? plan.getTitle() : null,
					(plan != null) ? plan.getFocus() : null,
					activities.stream().filter((activity) -> activity.getDate().equals(date)).toList()));
		}
		BigDecimal cost = activities.stream()
			.map(Activity::getCost)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new WeekPlan(week, List.copyOf(days), counts, cost);
	}

	public int activityCount() {
		return this.days.stream().mapToInt((day) -> day.activities().size()).sum();
	}

	/** Whether the planned cost is over the budget (false when there is no budget). */
	public boolean isOverBudget() {
		return this.week.getBudget() != null && this.plannedCost.compareTo(this.week.getBudget()) > 0;
	}

	public BigDecimal remainingBudget() {
		return (this.week.getBudget() != null) ? this.week.getBudget().subtract(this.plannedCost) : null;
	}

	/**
	 * One of the five days.
	 */
	public record Day(int number, LocalDate date, String title, String focus, List<Activity> activities) {
	}

}
