package org.serviceweek.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Recognition in a period: how many shout-outs, when, to which teams, for which values,
 * and how many people took part.
 *
 * @param period the days counted
 * @param overTime shout-outs per day (short periods) or per ISO week, empty ones included
 * @param byTeam shout-outs per team of their recipients, most first; a shout-out to
 * people in two teams counts once for each; the team is {@code null} for recipients
 * without a team
 * @param byValue shout-outs per company value, most first; {@code null} for those without
 * a value (customer thanks)
 * @param participation who gave and who received
 */
public record RecognitionReport(Period period, List<TimeCount> overTime, List<NamedCount> byTeam,
		List<NamedCount> byValue, Participation participation) {

	public long total() {
		return this.overTime.stream().mapToLong(TimeCount::count).sum();
	}

	public boolean isEmpty() {
		return total() == 0;
	}

	public boolean isPerDay() {
		return this.period.isPerDay();
	}

	/**
	 * Shout-outs on one day, or in the ISO week that starts on {@code start} (the first
	 * week may start before the period).
	 */
	public record TimeCount(LocalDate start, long count) {

		public int isoWeek() {
			return this.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		}

	}

	/** A count for a team or a value; the name is {@code null} for "none". */
	public record NamedCount(String name, long count) {
	}

	/**
	 * @param people everyone in the directory
	 * @param gave people who gave at least one shout-out in the period
	 * @param received people who received at least one
	 */
	public record Participation(long people, long gave, long received) {

		public double gaveShare() {
			return share(this.gave);
		}

		public double receivedShare() {
			return share(this.received);
		}

		private double share(long count) {
			return (this.people > 0) ? (double) count / this.people : 0;
		}

	}

}
