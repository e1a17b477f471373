package org.serviceweek.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts hits per key (for example a public form per client address) in fixed windows, in
 * the database so that the limit holds across every instance of the app.
 */
@Component
public class RateLimiter {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RateLimiter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts a hit and says whether it is within the limit.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String key, int limit, Duration window) {
		String bucket = (key.length() > 200) ? key.substring(0, 200) : key;
		Instant now = this.clock.instant();
		List<Object[]> rows = this.jdbc.query("select window_start, hits from rate_limit where bucket = ? for update",
				(rs, i) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getInt(2) }, bucket);
		if (rows.isEmpty()) {
			try {
				this.jdbc.update("insert into rate_limit (bucket, window_start, hits) values (?, ?, 1)", bucket,
						Timestamp.from(now));
				return limit >= 1;
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				// Another request created the window at the same moment: count this one
				// as its first.
				return true;
			}
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
