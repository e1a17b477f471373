package org.serviceweek.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The days a leaderboard is open, both included.
 */
public record TimeBox(LocalDate from, LocalDate to) {

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	public boolean includes(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	Period period() {
		return new Period(this.from, this.to);
	}

	/** As kept in the settings: {@code 2026-10-05/2026-10-09}. */
	String asSetting() {
		return this.from + "/" + this.to;
	}

	static Optional<TimeBox> fromSetting(String value) {
		String[] dates = (value != null) ? value.split("/") : new String[0];
		if (dates.length != 2) {
			return Optional.empty();
		}
		try {
			return Optional.of(new TimeBox(LocalDate.parse(dates[0]), LocalDate.parse(dates[1])));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
