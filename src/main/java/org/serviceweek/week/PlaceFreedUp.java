package org.serviceweek.week;

import java.time.LocalDate;

/**
 * Someone moved from the waiting list to a place at an activity.
 */
public record PlaceFreedUp(long activityId, String title, LocalDate date, long personId) {
}
