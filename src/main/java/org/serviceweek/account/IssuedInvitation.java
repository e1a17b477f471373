package org.serviceweek.account;

import java.time.Instant;

/**
 * A fresh invitation with its secret token: the only moment the token exists in clear.
 */
public record IssuedInvitation(long personId, String personName, String email, Role role, String token,
		Instant expiresAt) {
}
