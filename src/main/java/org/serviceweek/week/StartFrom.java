package org.serviceweek.week;

/**
 * How a manager starts planning a year's week.
 */
public enum StartFrom {

	/** Five empty days. */
	EMPTY,

	/** The ready five-day plan built from the classic ideas, to edit freely. */
	TEMPLATE,

	/** A copy of an earlier year's plan, moved to the new dates, without sign-ups. */
	COPY

}
