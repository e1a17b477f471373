package org.serviceweek.week;

/**
 * Someone took back their sign-up for an activity (a place or a spot on the waiting
 * list).
 */
public record SignUpWithdrawn(long activityId, long personId, boolean hadPlace) {
}
