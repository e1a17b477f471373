package org.serviceweek.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to what visitors can see (shout-outs, reactions, people, teams,
 * values, inductions, the week), so that what is kept in memory for them
 * ({@link RecentValues}) is read again after a change made on this instance rather than
 * after its time runs out.
 * <p>
 * {@link PublicContentListener} counts every change of those entities; code that changes
 * them around the entities (a bulk update) calls {@link #changed()} itself. Inside a
 * transaction the count moves when the change is written and once more when the
 * transaction ends, so that a value read between the two (without the change, which is
 * not committed yet) is not kept. Changes made on another instance are seen when a kept
 * value's time runs out ({@link #freshFor()}).
 */
@Component
public class PublicContent {

	/** How long a kept value is used where other instances may share the database. */
	static final Duration SHARED = Duration.ofSeconds(3);

	/**
	 * How long a kept value is used where no other process can open the database: only
	 * what depends on the date (the header's countdown, whether the week is running, the
	 * inductees whose award year has come) can change meanwhile without a change counted.
	 */
	static final Duration ALONE = Duration.ofMinutes(1);

	private static final Pattern AUTO_SERVER_ON = Pattern.compile(";auto_server=(?!(false|0|no|n|f)(;|$))");

	private static final AtomicLong version = new AtomicLong();

	private final Duration freshFor;

	public PublicContent(@Value("${serviceweek.wall.fresh-for:#{null}}") Duration freshFor,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.freshFor = freshFor(freshFor, databaseUrl);
	}

	/**
	 * How long a value kept for visitors is used before it is read again though nothing
	 * changed on this instance ({@code serviceweek.wall.fresh-for}): unless configured, 3
	 * seconds on a database other instances may share (PostgreSQL, an H2 server), so that
	 * their changes show soon, and a minute on H2 embedded in this process, which no
	 * other process can change (docs/performance.md, finding 34).
	 */
	public Duration freshFor() {
		return this.freshFor;
	}

	static Duration freshFor(Duration configured, String databaseUrl) {
		if (configured != null) {
			return configured;
		}
		return onlyThisProcessOpens(databaseUrl) ? ALONE : SHARED;
	}

	/**
	 * H2 in a file or in memory of this process, without the automatic mixed mode: H2
	 * locks the file, so no other instance can write to it while this one runs. Any
	 * {@code AUTO_SERVER} setting but an explicit false counts as mixed mode (H2 reads
	 * true, 1, yes, y and t as true).
	 */
	static boolean onlyThisProcessOpens(String databaseUrl) {
		String url = databaseUrl.toLowerCase(Locale.ROOT).replace(" ", "");
		return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
				&& !AUTO_SERVER_ON.matcher(url).find();
	}

	/** The number of changes so far: a kept value read at another number is stale. */
	public long version() {
		return version.get();
	}

	/** Something visitors can see changed (or is about to, when its transaction ends). */
	public void changed() {
		count();
	}

	static void count() {
		version.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					version.incrementAndGet();
				}
			});
		}
	}

}
