package org.serviceweek.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code serviceweek.sign-in.max-failures} failures
 * in a row for one user name, that name cannot sign in for
 * {@code serviceweek.sign-in.lock-duration}. Kept in the database so that every instance
 * of the app sees the same count.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInThrottle {

	private final FailedSignInRepository failures;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	SignInThrottle(FailedSignInRepository failures, Clock clock,
			@Value("${serviceweek.sign-in.max-failures:5}") int maxFailures,
			@Value("${serviceweek.sign-in.lock-duration:15m}") Duration lockDuration) {
		this.failures = failures;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		Instant now = this.clock.instant();
		return this.failures.findById(key(username))
			.map((record) -> record.lockedUntil != null && now.isBefore(record.lockedUntil))
			.orElse(false);
	}

	/** Records a failure; returns whether the user name is now locked. */
	public boolean failed(String username) {
		Instant now = this.clock.instant();
		FailedSignIns record = this.failures.findById(key(username)).orElseGet(() -> new FailedSignIns(key(username)));
		if (record.lastFailureAt != null && record.lastFailureAt.plus(this.lockDuration).isBefore(now)) {
			record.failures = 0;
		}
		record.failures++;
		record.lastFailureAt = now;
		if (record.failures >= this.maxFailures) {
			record.lockedUntil = now.plus(this.lockDuration);
			record.failures = 0;
		}
		this.failures.save(record);
		return record.lockedUntil != null && now.isBefore(record.lockedUntil);
	}

	public void succeeded(String username) {
		this.failures.deleteById(key(username));
	}

	/** Lifts a lock, for an admin helping a colleague who is locked out. */
	public void unlock(String username) {
		this.failures.deleteById(key(username));
	}

	public int maxFailures() {
		return this.maxFailures;
	}

	public Duration lockDuration() {
		return this.lockDuration;
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > 254) ? key.substring(0, 254) : key;
	}

}
