package org.serviceweek.listening;

import org.serviceweek.shared.RuleViolation;

/**
 * A suggestion, comment, answer, move or category the rules refuse, with the field and
 * the message key that says why.
 */
public class SuggestionRuleException extends RuleViolation {

	SuggestionRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
