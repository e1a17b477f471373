package org.serviceweek.shoutout;

/**
 * A manager kept a colleague's shout-out off the public wall; its author should know why.
 */
public record ShoutOutRejected(long shoutOutId, long authorId, String reason) {
}
