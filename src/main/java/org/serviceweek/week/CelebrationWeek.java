package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.serviceweek.shared.PublicContentListener;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * One year's Customer Service Week: its dates, theme, welcome text and budget.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class CelebrationWeek {

	@Id
	@Column(name = "celebration_year")
	private Integer year;

	@Version
	private long version;

	private LocalDate startsOn;

	private String theme;

	private String welcome;

	private BigDecimal budget;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "celebration_day", joinColumns = @JoinColumn(name = "celebration_year"))
	@OrderBy("dayNumber")
	private List<DayPlan> days = new ArrayList<>();

	protected CelebrationWeek() {
	}

	public CelebrationWeek(int year) {
		this.year = year;
		this.startsOn = CelebrationWeekRule.defaultStart(year);
	}

	/**
	 * Moves the week to another Monday (some companies celebrate on their own calendar).
	 */
	public void moveTo(LocalDate monday) {
		Assert.isTrue(monday.getDayOfWeek() == DayOfWeek.MONDAY, "The week starts on a Monday");
		this.startsOn = monday;
	}

	public void announce(String theme, String welcome) {
		this.theme = Text.trimToNull(theme);
		this.welcome = Text.trimToNull(welcome);
	}

	public void budget(BigDecimal budget) {
		Assert.isTrue(budget == null || budget.signum() >= 0, "A budget cannot be negative");
		this.budget = budget;
	}

	/**
	 * Gives one of the five days its title and focus.
	 */
	public void planDay(int dayNumber, String title, String focus) {
		Assert.isTrue(dayNumber >= 1 && dayNumber <= CelebrationWeekRule.DAYS, "A week has days 1 to 5");
		this.days.removeIf((day) -> day.getDayNumber() == dayNumber);
		this.days.add(new DayPlan(dayNumber, title, focus));
		this.days.sort(java.util.Comparator.comparingInt(DayPlan::getDayNumber));
	}

	public Optional<DayPlan> day(int dayNumber) {
		return this.days.stream().filter((day) -> day.getDayNumber() == dayNumber).findFirst();
	}

	/** The date of day 1 to 5. */
	public LocalDate dateOf(int dayNumber) {
		return this.startsOn.plusDays(dayNumber - 1L);
	}

	/** Whether the date is one of the week's five days. */
	public boolean includes(LocalDate date) {
		return !date.isBefore(this.startsOn) && !date.isAfter(getEndsOn());
	}

	public List<DayPlan> getDays() {
		return List.copyOf(this.days);
	}

	public int getYear() {
		return this.year;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return CelebrationWeekRule.endOf(this.startsOn);
	}

	public String getTheme() {
		return this.theme;
	}

	public String getWelcome() {
		return this.welcome;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

}
