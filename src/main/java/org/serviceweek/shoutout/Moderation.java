package org.serviceweek.shoutout;

/**
 * Where a shout-out stands on the way to the public wall.
 */
public enum Moderation {

	/** Stays inside the company (the author did not ask for the public wall). */
	INTERNAL,

	/** Waits for a manager before it can appear on the public wall. */
	PENDING,

	/** A manager approved it for the public wall. */
	APPROVED,

	/** A manager kept it off the public wall, with a reason. */
	REJECTED

}
