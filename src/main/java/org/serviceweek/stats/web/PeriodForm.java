package org.serviceweek.stats.web;

import java.time.LocalDate;

import org.serviceweek.stats.Period;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period a manager looks at; a missing day means the default: the last eight weeks up
 * to today.
 */
public class PeriodForm {

	static final int DEFAULT_WEEKS = 8;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	static PeriodForm of(Period period) {
		PeriodForm form = new PeriodForm();
		form.from = period.from();
		form.to = period.to();
		return form;
	}

	Period toPeriod(LocalDate today) {
		LocalDate last = (this.to != null) ? this.to : today;
		LocalDate first = (this.from != null) ? this.from : Period.lastWeeks(last, DEFAULT_WEEKS).from();
		return new Period(first, last);
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
