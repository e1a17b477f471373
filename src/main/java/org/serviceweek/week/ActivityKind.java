package org.serviceweek.week;

/**
 * What kind of activity it is, after the ideas organisers use during the week.
 */
public enum ActivityKind {

	KICK_OFF, TRADING_PLACES, LISTENING_SESSION, TRAINING, TEAM_BUILDING, TREATS_AND_FOOD, RECOGNITION_CEREMONY,
	CUSTOMER_APPRECIATION, SOCIAL_MEDIA_SPOTLIGHT, OTHER;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "activity.kind." + name();
	}

}
