package org.serviceweek.stats;

import org.serviceweek.shared.RuleViolation;

/**
 * A period or a leaderboard time box the rules refuse, with the field it concerns and the
 * message key that says why.
 */
public class StatsRuleException extends RuleViolation {

	StatsRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
