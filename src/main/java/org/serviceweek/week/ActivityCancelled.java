package org.serviceweek.week;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity was called off; the people who had signed up should hear about it.
 */
public record ActivityCancelled(long activityId, String title, LocalDate date, List<Long> signedUpPersonIds) {
}
