package org.serviceweek.people;

/**
 * What a manager enters about a person.
 */
public record PersonDetails(String name, String email, String jobTitle, String pronouns, Long teamId,
		boolean publicConsent) {
}
