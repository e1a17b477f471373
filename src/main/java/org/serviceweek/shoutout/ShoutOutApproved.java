package org.serviceweek.shoutout;

/**
 * A shout-out reached the public wall (approved, or posted while moderation is off).
 */
public record ShoutOutApproved(long shoutOutId, String recipientNames, String message) {
}
