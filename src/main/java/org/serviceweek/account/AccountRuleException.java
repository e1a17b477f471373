package org.serviceweek.account;

/**
 * An account change that the rules forbid, with the message key that explains why (for
 * example, the last admin cannot be demoted).
 */
public class AccountRuleException extends RuntimeException {

	private final String messageKey;

	AccountRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
