package org.serviceweek.frontline;

/**
 * The person may not do this here: only leaders book, and only the leader or a manager
 * changes a booking. Shown as the 403 page with the message key's explanation.
 */
public class NotAllowedException extends RuntimeException {

	private final String reason;

	NotAllowedException(String reason) {
		super(reason);
		this.reason = reason;
	}

	/** The message key that explains the refusal. */
	public String getReason() {
		return this.reason;
	}

}
