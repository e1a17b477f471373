package org.serviceweek.account;

import org.serviceweek.shared.NotFoundException;

/**
 * The invitation link is unknown, already used, revoked or expired.
 */
public class InvitationClosedException extends NotFoundException {

	public InvitationClosedException() {
		super("This invitation is no longer valid");
	}

}
