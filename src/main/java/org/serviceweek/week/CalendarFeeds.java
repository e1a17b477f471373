package org.serviceweek.week;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.serviceweek.shared.SecretTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret feed addresses for calendar apps, which subscribe to a URL and cannot sign in.
 * One per person; making a new one retires the old. Only a hash of the secret is stored.
 */
@Service
@Transactional
public class CalendarFeeds {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CalendarFeeds(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Makes a new secret for the person; any earlier address stops working. */
	public String renew(long personId) {
		String token = SecretTokens.newToken(24);
		this.jdbc.update("delete from calendar_feed where person_id = ?", personId);
		this.jdbc.update("insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)", personId,
				SecretTokens.hash(token), Timestamp.from(this.clock.instant()));
		return token;
	}

	@Transactional(readOnly = true)
	public boolean exists(long personId) {
		Integer count = this.jdbc.queryForObject("select count(*) from calendar_feed where person_id = ?",
				Integer.class, personId);
		return count != null && count > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Long> personFor(String token) {
		if (token == null || token.length() < 20 || token.length() > 64) {
			return Optional.empty();
		}
		List<Long> ids = this.jdbc.queryForList("select person_id from calendar_feed where token_hash = ?", Long.class,
				SecretTokens.hash(token));
		return ids.stream().findFirst();
	}

}
