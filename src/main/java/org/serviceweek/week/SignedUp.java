package org.serviceweek.week;

/**
 * Someone signed up for an activity: a place, or the waiting list when it was full.
 */
public record SignedUp(long activityId, long personId, boolean waiting) {
}
