package org.serviceweek.stats.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.serviceweek.stats.Period;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The days a manager opens the leaderboard for.
 */
public class LeaderboardForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	static LeaderboardForm of(Period box) {
		LeaderboardForm form = new LeaderboardForm();
		form.firstDay = box.from();
		form.lastDay = box.to();
		return form;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

}
