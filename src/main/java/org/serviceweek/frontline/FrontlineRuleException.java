package org.serviceweek.frontline;

import org.serviceweek.shared.RuleViolation;

/**
 * A booking or a learning the rules refuse, with the field it concerns and the message
 * key that says why.
 */
public class FrontlineRuleException extends RuleViolation {

	FrontlineRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
