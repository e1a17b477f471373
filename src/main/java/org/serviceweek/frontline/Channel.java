package org.serviceweek.frontline;

/**
 * How the leader serves customers during their hour beside the front line.
 */
public enum Channel {

	CALLS, CHATS, EMAILS;

	/** The message key of the channel's name. */
	public String messageKey() {
		return "frontline.channel." + name();
	}

}
