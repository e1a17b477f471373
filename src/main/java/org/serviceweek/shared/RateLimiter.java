package org.serviceweek.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.dao.DuplicateKeyException;

/**
 * Counts hits per key (for example a public form per client address) in fixed windows, in
 * the database so that the limit holds across every instance of the app.
 * <p>
 * Called inside a transaction, the count joins it behind a savepoint rather than taking a
 * second connection while the caller holds one: with as many requests at once as the pool
 * has connections (a bot on the public thanks form), each would wait for a connection
 * another holds until the pool's timeout. A count is therefore undone when the caller's
 * transaction rolls back.
 */
@Component
public class RateLimiter {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SavepointInCallersTransaction transaction;

	RateLimiter(JdbcTemplate jdbc, Clock clock, SavepointInCallersTransaction transaction) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = transaction;
	}

	/**
	 * Counts a hit and says whether it is within the limit.
	 */
	public boolean tryAcquire(String key, int limit, Duration window) {
		try {
			return this.transaction.run(() -> count(key, limit, window));
		}
		catch (DuplicateKeyException ex) {
			// Another request created the window at the same moment. PostgreSQL ends a
			// transaction at a failed statement, so count again after rolling back to the
			// savepoint (or in a new transaction): the row is there now.
			return this.transaction.run(() -> count(key, limit, window));
		}
	}

	private boolean count(String key, int limit, Duration window) {
		String bucket = (key.length() > 200) ? key.substring(0, 200) : key;
		Instant now = this.clock.instant();
		List<Object[]> rows = this.jdbc.query("select window_start, hits from rate_limit where bucket = ? for update",
				(rs, i) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getInt(2) }, bucket);
		if (rows.isEmpty()) {
			this.jdbc.update("insert into rate_limit (bucket, window_start, hits) values (?, ?, 1)", bucket,
					Timestamp.from(now));
			return limit >= 1;
		}
		Instant start = (Instant) rows.get(0)[0];
		int hits = (Integer) rows.get(0)[1];
		if (!now.isBefore(start.plus(window))) {
			this.jdbc.update("update rate_limit set window_start = ?, hits = 1 where bucket = ?", Timestamp.from(now),
					bucket);
			return limit >= 1;
		}
		this.jdbc.update("update rate_limit set hits = hits + 1 where bucket = ?", bucket);
		return hits + 1 <= limit;
	}

}
