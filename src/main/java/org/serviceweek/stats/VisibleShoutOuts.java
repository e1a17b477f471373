package org.serviceweek.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The shout-outs statistics count: those a signed-in person sees in the feed (the rule of
 * {@code shoutout.FeedQueries}): not hidden, and from a customer only once a manager
 * approved it. The SQL uses table alias {@code s} for {@code shout_out}.
 */
final class VisibleShoutOuts {

	static final String IN_PERIOD = """
			s.hidden_at is null and (s.source = 'STAFF' or s.moderation = 'APPROVED')
			and s.created_at >= ? and s.created_at < ?""";

	private VisibleShoutOuts() {
	}

	/** A JDBC parameter for a {@code timestamp with time zone}, on H2 and PostgreSQL. */
	static OffsetDateTime parameter(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
