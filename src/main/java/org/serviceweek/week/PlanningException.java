package org.serviceweek.week;

import org.serviceweek.shared.RuleViolation;

/**
 * A planning change the rules refuse, with the field it concerns and the message key that
 * says why.
 */
public class PlanningException extends RuleViolation {

	PlanningException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
