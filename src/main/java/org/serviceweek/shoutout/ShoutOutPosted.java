package org.serviceweek.shoutout;

import java.util.List;

/**
 * A colleague thanked one or more people; they should hear about it.
 */
public record ShoutOutPosted(long shoutOutId, long authorId, String authorName, List<Long> recipientIds,
		String message) {
}
