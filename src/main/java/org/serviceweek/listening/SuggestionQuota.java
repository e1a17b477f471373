package org.serviceweek.listening;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.serviceweek.shared.SavepointInCallersTransaction;
import org.serviceweek.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many suggestions one person may raise per hour, named or anonymous, counted without
 * storing who: a count belongs to a hash of a keyed hash of the person and the whole
 * hour. The key lives only in the running app
 * ({@code serviceweek.suggestions.quota-secret}, or random at each start), the table
 * keeps no time finer than the hour, past hours are deleted within minutes, and the count
 * is written in a transaction of its own, apart from the suggestion.
 * <p>
 * With a random key each instance counts on its own. Several instances share one count
 * only when they are given the same secret; an instance on a database other than H2 (so
 * possibly one of several) says so at startup when none is set (ADR 012, ADR 015).
 * <p>
 * The shared {@code RateLimiter} is not used: it keeps the exact moment a window opened,
 * which could be lined up with the moment a suggestion was saved.
 */
@Component
public class SuggestionQuota {

	private static final Logger logger = LoggerFactory.getLogger(SuggestionQuota.class);

	static final String PER_INSTANCE_WARNING = "serviceweek.suggestions.quota-secret is not set, so this instance "
			+ "keeps its own hourly count of suggestions: behind a load balancer a person may raise the limit "
			+ "once per instance. Give every instance the same secret (kept outside the database) to share one "
			+ "count; see README.md, \"Run several instances\".";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int perHour;

	private final SecretKeySpec key;

	private final TransactionTemplate ownTransaction;

	private final SavepointInCallersTransaction transaction;

	SuggestionQuota(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			SavepointInCallersTransaction transaction, Clock clock,
			@Value("${serviceweek.suggestions.per-hour:10}") int perHour,
			@Value("${serviceweek.suggestions.quota-secret:}") String secret,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction = transaction;
		this.clock = clock;
		this.perHour = perHour;
		boolean configured = secret != null && !secret.isBlank();
		byte[] bytes = configured ? secret.getBytes(StandardCharsets.UTF_8) : random();
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		if (!configured && mayBeShared(databaseUrl)) {
			logger.warn(PER_INSTANCE_WARNING);
		}
	}

	/**
	 * Whether other instances may use the same database: any but H2, whose file only one
	 * process opens.
	 */
	static boolean mayBeShared(String databaseUrl) {
		return databaseUrl != null && !databaseUrl.isBlank() && !databaseUrl.startsWith("jdbc:h2:");
	}

	/** The person as the limit knows them; see {@link SubmitterKey}. */
	public SubmitterKey keyFor(long personId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return new SubmitterKey(
					HexFormat.of().formatHex(mac.doFinal(("person:" + personId).getBytes(StandardCharsets.UTF_8))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Counts a suggestion and says whether it is within this hour's limit.
	 */
	public boolean tryAcquire(SubmitterKey submitter) {
		Instant hour = this.clock.instant().truncatedTo(ChronoUnit.HOURS);
		String bucket = SecretTokens.hash(submitter.pseudonym() + "|" + hour.getEpochSecond());
		try {
			return count(bucket, hour);
		}
		catch (DuplicateKeyException ex) {
			// The same person sent two at the same moment and the other request created
			// the row: count this one on it (after rolling back to the savepoint, as
			// PostgreSQL ends a transaction at a failed statement).
			return count(bucket, hour);
		}
	}

	private boolean count(String bucket, Instant hour) {
		// In the caller's transaction behind a savepoint: a second connection taken while
		// the caller holds one can exhaust the pool.
		Integer hits = this.transaction.run(() -> {
			this.jdbc.update("delete from suggestion_quota where hour_start < ?", Timestamp.from(hour));
			if (this.jdbc.update("update suggestion_quota set hits = hits + 1 where bucket = ?", bucket) == 0) {
				this.jdbc.update("insert into suggestion_quota (bucket, hour_start, hits) values (?, ?, 1)", bucket,
						Timestamp.from(hour));
			}
			return this.jdbc.queryForObject("select hits from suggestion_quota where bucket = ?", Integer.class,
					bucket);
		});
		return hits != null && hits <= this.perHour;
	}

	/**
	 * Deletes the counts of past hours without waiting for the next suggestion, so that a
	 * copy of the database (a backup, say) holds at most the current hour's.
	 */
	@Scheduled(fixedDelayString = "5m", initialDelayString = "1m")
	public void forgetPastHours() {
		Instant hour = this.clock.instant().truncatedTo(ChronoUnit.HOURS);
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.update("delete from suggestion_quota where hour_start < ?", Timestamp.from(hour)));
	}

	public int perHour() {
		return this.perHour;
	}

	private static byte[] random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
