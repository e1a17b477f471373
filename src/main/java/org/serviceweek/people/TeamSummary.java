package org.serviceweek.people;

/**
 * A team as listed: its lead (if any) and how many people are in it.
 */
public record TeamSummary(long id, String name, Long leadId, String leadName, long members) {
}
