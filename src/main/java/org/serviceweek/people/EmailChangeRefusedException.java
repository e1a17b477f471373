package org.serviceweek.people;

/**
 * The current user may not change this person's email, with the message key that says
 * why.
 */
public class EmailChangeRefusedException extends RuntimeException {

	private final String messageKey;

	public EmailChangeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
