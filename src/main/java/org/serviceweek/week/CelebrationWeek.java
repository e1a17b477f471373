package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * One year's Customer Service Week: its dates, theme, welcome text and budget.
 */
@Entity
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
