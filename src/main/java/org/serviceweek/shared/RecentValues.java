package org.serviceweek.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values that many requests read and few change (the public wall's first pages, a page as
 * a visitor sees it), kept in memory for a short time.
 * <p>
 * A value is read again when its time is up, or at once when {@link PublicContent}
 * counted a change since it was read: a change made on this instance shows on the next
 * request, one made on another instance within the time given. When only the time is up,
 * one request reads the value again while the others keep getting the last one, so that a
 * busy page is not read by every request at once.
 */
public final class RecentValues<K, V> {

	/**
	 * How long a caller of {@link #getOrLast} waits for another's first read of a value
	 * before reading it itself.
	 */
	static final Duration FIRST_READ_WAIT = Duration.ofSeconds(10);

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	/** The first reads under way for {@link #getOrLast}, of values not kept yet. */
	private final Map<K, CompletableFuture<V>> firstReads = new ConcurrentHashMap<>();

	private final long freshForNanos;

	private final int maxValues;

	private final LongSupplier version;

	private final LongSupplier nanoTime;

	/**
	 * @param freshFor how long a value is used without reading it again (zero: never
	 * kept)
	 * @param maxValues how many values are kept at most (when more come, all are
	 * forgotten)
	 * @param content the change count
	 */
	public RecentValues(Duration freshFor, int maxValues, PublicContent content) {
		this(freshFor, maxValues, content::version, System::nanoTime);
	}

	RecentValues(Duration freshFor, int maxValues, LongSupplier version, LongSupplier nanoTime) {
		this.freshForNanos = freshFor.toNanos();
		this.maxValues = maxValues;
		this.version = version;
		this.nanoTime = nanoTime;
	}

	/**
	 * The value kept for the key while fresh, else the one the loader reads now (a change
	 * since the value was read is seen by every caller at once).
	 */
	public V get(K key, Supplier<V> loader) {
		return get(key, loader, false);
	}

	/**
	 * Like {@link #get}, but while another caller reads a stale value again, even after a
	 * change, the others get the last value rather than reading it too: for what a crowd
	 * asks for at once, where a value a few milliseconds old will do. A value not kept
	 * yet (after a start, or once all were forgotten) is read by the first caller while
	 * the others wait for it, up to {@link #FIRST_READ_WAIT}; if that read keeps nothing
	 * or fails, each reads it for itself. The loader may return null for a value not to
	 * keep.
	 */
	public V getOrLast(K key, Supplier<V> loader) {
		if (this.freshForNanos <= 0 || this.kept.containsKey(key)) {
			return get(key, loader, true);
		}
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running = this.firstReads.putIfAbsent(key, mine);
		if (running != null) {
			V value = awaitFirstRead(running);
			return (value != null) ? value : get(key, loader, true);
		}
		V value = null;
		try {
			value = get(key, loader, true);
			return value;
		}
		finally {
			this.firstReads.remove(key, mine);
			mine.complete(value);
		}
	}

	private V awaitFirstRead(CompletableFuture<V> firstRead) {
		try {
			return firstRead.get(FIRST_READ_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private V get(K key, Supplier<V> loader, boolean lastAfterChange) {
		if (this.freshForNanos <= 0) {
			return loader.get();
		}
		long version = this.version.getAsLong();
		long now = this.nanoTime.getAsLong();
		Kept<V> last = this.kept.get(key);
		boolean claimed = false;
		if (last != null) {
			boolean unchanged = last.version == version;
			if (unchanged && now - last.readAt < this.freshForNanos) {
				return last.value;
			}
			if (unchanged || lastAfterChange) {
				if (!last.rereading.compareAndSet(false, true)) {
					// Another caller is reading it again: the last value will do
					// meanwhile.
					return last.value;
				}
				claimed = true;
			}
		}
		try {
			V value = loader.get();
			if (value != null) {
				put(key, new Kept<>(value, version, now));
			}
			return value;
		}
		finally {
			if (claimed) {
				last.rereading.set(false);
			}
		}
	}

	/** The value kept for the key, if it is fresh; else null. */
	V fresh(K key) {
		Kept<V> last = this.kept.get(key);
		return (last != null && last.version == this.version.getAsLong()
				&& this.nanoTime.getAsLong() - last.readAt < this.freshForNanos) ? last.value : null;
	}

	private void put(K key, Kept<V> value) {
		if (this.kept.size() >= this.maxValues && !this.kept.containsKey(key)) {
			this.kept.clear();
		}
		this.kept.put(key, value);
	}

	private static final class Kept<V> {

		private final V value;

		private final long version;

		private final long readAt;

		private final AtomicBoolean rereading = new AtomicBoolean();

		private Kept(V value, long version, long readAt) {
			this.value = value;
			this.version = version;
			this.readAt = readAt;
		}

	}

}
