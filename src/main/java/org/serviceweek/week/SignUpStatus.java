package org.serviceweek.week;

public enum SignUpStatus {

	/** Has a place. */
	CONFIRMED,

	/** On the waiting list, in order of signing up. */
	WAITING

}
