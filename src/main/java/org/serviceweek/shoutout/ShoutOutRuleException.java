package org.serviceweek.shoutout;

import org.serviceweek.shared.RuleViolation;

/**
 * A shout-out the rules refuse, with the field and the message key that says why.
 */
public class ShoutOutRuleException extends RuleViolation {

	ShoutOutRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
