package org.serviceweek.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: at most {@code serviceweek.sign-in.max-failures} attempts
 * in a row for one user name, then that name cannot sign in for
 * {@code serviceweek.sign-in.lock-duration}. Each attempt is counted <em>before</em> the
 * password is checked, under a row lock, so guesses sent in parallel cannot slip past the
 * limit. Kept in the database so every instance sees the same count.
 */
@Service
public class SignInThrottle {

	private final FailedSignInRepository failures;

	private final SignInThrottleRows rows;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	private final TransactionTemplate ownTransaction;

	SignInThrottle(FailedSignInRepository failures, SignInThrottleRows rows, Clock clock,
			PlatformTransactionManager transactions, @Value("${serviceweek.sign-in.max-failures:5}") int maxFailures,
			@Value("${serviceweek.sign-in.lock-duration:15m}") Duration lockDuration) {
		this.failures = failures;
		this.rows = rows;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	/** Every user name paused right now, in one query (for the accounts page). */
	@Transactional(readOnly = true)
	public java.util.Set<String> lockedNames() {
		return this.failures.findByLockedUntilAfter(this.clock.instant())
			.stream()
			.map((record) -> record.username)
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Counts an attempt before its password is checked. Returns false when the name is
	 * locked (or this attempt is one too many); the password must then not be checked at
	 * all.
	 * <p>
	 * Holds one database connection at a time: the row is created (in a transaction of
	 * its own) before the counting transaction begins. Creating it from inside that
	 * transaction took a second connection while holding the first, and as many sign-ins
	 * at once as the pool has connections (the morning of the kick-off) then waited for
	 * each other until the pool's timeout.
	 */
	public boolean beginAttempt(String username) {
		String key = key(username);
		// A successful sign-in of the same name may delete the row in between: create it
		// again (a few times at most; only a storm of parallel sign-ins could get here).
		for (int tries = 0; tries < 10; tries++) {
			this.rows.ensureExists(key, this.clock.instant());
			Boolean allowed = this.ownTransaction.execute((status) -> count(key));
			if (allowed != null) {
				return allowed;
			}
		}
		return false;
	}

	/** Counts the attempt under the row's lock; null when the row has gone. */
	private Boolean count(String key) {
		FailedSignIns record = this.failures.lockById(key).orElse(null);
		if (record == null) {
			return null;
		}
		Instant now = this.clock.instant();
		if (record.lockedUntil != null) {
			if (now.isBefore(record.lockedUntil)) {
				return false;
			}
			record.lockedUntil = null;
			record.failures = 0;
		}
		if (record.lastFailureAt != null && record.lastFailureAt.plus(this.lockDuration).isBefore(now)) {
			record.failures = 0;
		}
		record.failures++;
		record.lastFailureAt = now;
		if (record.failures > this.maxFailures) {
			record.lockedUntil = now.plus(this.lockDuration);
			return false;
		}
		return true;
	}

	/** The attempt failed: returns whether the name is now locked. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failed(String username) {
		FailedSignIns record = this.failures.lockById(key(username)).orElse(null);
		if (record == null) {
			return false;
		}
		Instant now = this.clock.instant();
		if (record.failures >= this.maxFailures && record.lockedUntil == null) {
			record.lockedUntil = now.plus(this.lockDuration);
		}
		return record.lockedUntil != null && now.isBefore(record.lockedUntil);
	}

	/**
	 * The attempt succeeded: the count starts again. Idempotent, so the same person
	 * signing in twice at once (two tabs, a double click) cannot fail the second sign-in.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.failures.forget(key(username));
	}

	/** Lifts a lock, for an admin helping a colleague who is locked out. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void unlock(String username) {
		this.failures.forget(key(username));
	}

	public int maxFailures() {
		return this.maxFailures;
	}

	public Duration lockDuration() {
		return this.lockDuration;
	}

	static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > 254) ? key.substring(0, 254) : key;
	}

}
