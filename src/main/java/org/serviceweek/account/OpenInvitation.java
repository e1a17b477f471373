package org.serviceweek.account;

import java.time.Instant;

/**
 * An invitation that can still be accepted.
 */
public record OpenInvitation(long personId, String personName, String email, Role role, Instant expiresAt) {
}
