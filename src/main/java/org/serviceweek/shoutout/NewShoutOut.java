package org.serviceweek.shoutout;

import java.util.List;

/**
 * What a colleague writes: to whom (people and/or a whole team), what, which value,
 * public or not.
 */
public record NewShoutOut(List<Long> recipientIds, Long teamId, Long valueId, String message, boolean wantsPublic,
		String submissionKey) {
}
