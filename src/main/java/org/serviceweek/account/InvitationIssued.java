package org.serviceweek.account;

import java.time.Instant;

/**
 * A manager invited a person: with mail configured, they also get the link by email.
 */
public record InvitationIssued(long personId, String name, String email, String link, Instant expiresAt) {
}
