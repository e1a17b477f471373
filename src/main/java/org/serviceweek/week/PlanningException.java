package org.serviceweek.week;

/**
 * A planning change the rules refuse, with the field it concerns and the message key that
 * says why.
 */
public class PlanningException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	PlanningException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
