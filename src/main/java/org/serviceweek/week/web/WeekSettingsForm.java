package org.serviceweek.week.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.WeekSettings;
import org.springframework.format.annotation.DateTimeFormat;

public class WeekSettingsForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@Size(max = 120)
	private String theme;

	@Size(max = 2000)
	private String welcome;

	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal budget;

	private Long version;

	static WeekSettingsForm of(CelebrationWeek week) {
		WeekSettingsForm form = new WeekSettingsForm();
		form.startsOn = week.getStartsOn();
		form.theme = week.getTheme();
		form.welcome = week.getWelcome();
		form.budget = week.getBudget();
		form.version = week.getVersion();
		return form;
	}

	WeekSettings toSettings() {
		return new WeekSettings(this.startsOn, this.theme, this.welcome, this.budget);
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getWelcome() {
		return this.welcome;
	}

	public void setWelcome(String welcome) {
		this.welcome = welcome;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
