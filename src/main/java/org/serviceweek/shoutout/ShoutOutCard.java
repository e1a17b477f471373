package org.serviceweek.shoutout;

import java.util.Map;
import java.util.Set;

/**
 * A shout-out as a card: with its reaction counts and the reader's own reactions.
 */
public record ShoutOutCard(ShoutOut shoutOut, Map<ReactionKind, Long> reactions, Set<ReactionKind> mine) {

	public long count(ReactionKind kind) {
		return this.reactions.getOrDefault(kind, 0L);
	}

	public boolean reacted(ReactionKind kind) {
		return this.mine.contains(kind);
	}

	public long totalReactions() {
		return this.reactions.values().stream().mapToLong(Long::longValue).sum();
	}

}
