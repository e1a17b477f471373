package org.serviceweek.shared;

/**
 * A change the domain rules refuse: the form field it concerns (or {@code null} for the
 * whole form), the message key that explains it, and the message's arguments. Web
 * controllers put it beside the field.
 */
public abstract class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	protected RuleViolation(String field, String messageKey, Object... arguments) {
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
