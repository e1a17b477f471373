package org.serviceweek.shared;

import java.util.concurrent.atomic.AtomicLong;

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
 * value's time runs out.
 */
@Component
public class PublicContent {

	private static final AtomicLong version = new AtomicLong();

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
