package org.serviceweek.fame;

import org.serviceweek.shared.RuleViolation;

/**
 * A nomination, induction or category the rules refuse, with the field and the message
 * key that says why.
 */
public class FameRuleException extends RuleViolation {

	FameRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
