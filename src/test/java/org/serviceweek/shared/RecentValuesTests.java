package org.serviceweek.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentValuesTests {

	private final AtomicLong version = new AtomicLong();

	private final AtomicLong nanos = new AtomicLong(1_000);

	private final AtomicInteger reads = new AtomicInteger();

	private final ExecutorService pool = Executors.newCachedThreadPool();

	private CountDownLatch release = new CountDownLatch(1);

	private final RecentValues<String, String> values = new RecentValues<>(Duration.ofSeconds(3), 2, this.version::get,
			this.nanos::get);

	@AfterEach
	void stopTheCallers() {
		this.release.countDown();
		this.pool.shutdownNow();
	}

	@Test
	void aValueIsReadOnceWhileItIsFresh() {
		assertThat(this.values.get("wall", this::read)).isEqualTo("read 1");
		this.nanos.addAndGet(Duration.ofMillis(2_999).toNanos());

		assertThat(this.values.get("wall", this::read)).isEqualTo("read 1");
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void aValueIsReadAgainWhenItsTimeIsUp() {
		this.values.get("wall", this::read);
		this.nanos.addAndGet(Duration.ofSeconds(3).toNanos());

		assertThat(this.values.get("wall", this::read)).isEqualTo("read 2");
		assertThat(this.values.get("wall", this::read)).isEqualTo("read 2");
	}

	@Test
	void aChangeMakesEveryValueStaleAtOnce() {
		this.values.get("wall", this::read);
		this.values.get("fame", this::read);
		this.version.incrementAndGet();

		assertThat(this.values.get("wall", this::read)).isEqualTo("read 3");
		assertThat(this.values.get("fame", this::read)).isEqualTo("read 4");
		assertThat(this.values.fresh("wall")).isEqualTo("read 3");
	}

	@Test
	void aValueReadWhileAChangeWasMadeIsNotKept() {
		this.values.get("wall", () -> {
			String read = read();
			this.version.incrementAndGet();
			return read;
		});

		assertThat(this.values.fresh("wall")).isNull();
		assertThat(this.values.get("wall", this::read)).isEqualTo("read 2");
	}

	@Test
	void whenOnlyTheTimeIsUpOneCallerReadsAgainWhileTheOthersGetTheLastValue() throws Exception {
		this.values.get("wall", this::read);
		this.nanos.addAndGet(Duration.ofSeconds(4).toNanos());
		Future<String> slow = readingUntilReleased((loader) -> this.values.get("wall", loader), this::read);

		assertThat(this.values.get("wall", this::read)).as("while another caller reads").isEqualTo("read 1");
		this.release.countDown();
		assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("read 2");
		assertThat(this.values.get("wall", this::read)).isEqualTo("read 2");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void afterAChangeNobodyGetsTheOldValueEvenWhileAnotherCallerReads() {
		this.values.get("wall", this::read);
		this.nanos.addAndGet(Duration.ofSeconds(4).toNanos());
		this.version.incrementAndGet();

		assertThat(this.values.get("wall", this::read)).isEqualTo("read 2");
	}

	@Test
	void keepsAtMostTheGivenNumberOfValues() {
		this.values.get("a", this::read);
		this.values.get("b", this::read);
		this.values.get("c", this::read);

		assertThat(this.values.fresh("c")).isEqualTo("read 3");
		assertThat(this.values.fresh("a")).isNull();
	}

	@Test
	void withNoTimeNothingIsKept() {
		RecentValues<String, String> never = new RecentValues<>(Duration.ZERO, 2, this.version::get, this.nanos::get);

		never.get("wall", this::read);

		assertThat(never.get("wall", this::read)).isEqualTo("read 2");
		assertThat(never.fresh("wall")).isNull();
	}

	@Test
	void aCrowdAskingForAValueNotKeptYetHasItReadOnce() throws Exception {
		Future<String> first = readingUntilReleased((loader) -> this.values.getOrLast("wall", loader), this::read);
		List<Future<String>> crowd = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			crowd.add(this.pool.submit(() -> this.values.getOrLast("wall", this::read)));
		}
		Thread.sleep(200);
		assertThat(crowd).as("waiting for the first read").noneMatch(Future::isDone);

		this.release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("read 1");
		for (Future<String> other : crowd) {
			assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("read 1");
		}
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void whenTheFirstReadKeepsNothingOrFailsTheOthersReadForThemselves() throws Exception {
		for (boolean fails : List.of(false, true)) {
			String key = fails ? "failing" : "not kept";
			this.release = new CountDownLatch(1);
			Future<String> first = readingUntilReleased((loader) -> this.values.getOrLast(key, loader), () -> {
				if (fails) {
					throw new IllegalStateException("the database is away");
				}
				return null;
			});
			Future<String> other = this.pool.submit(() -> this.values.getOrLast(key, () -> "its own " + read()));
			Thread.sleep(200);
			assertThat(other.isDone()).as("waiting for the first read").isFalse();

			this.release.countDown();
			assertThat(other.get(5, TimeUnit.SECONDS)).startsWith("its own read");
			if (fails) {
				assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
					.hasRootCauseInstanceOf(IllegalStateException.class);
			}
			else {
				assertThat(first.get(5, TimeUnit.SECONDS)).isNull();
			}
		}
	}

	@Test
	void aStrictReadDoesNotWaitForAnotherCallersFirstRead() throws Exception {
		Future<String> first = readingUntilReleased((loader) -> this.values.getOrLast("wall", loader), this::read);

		assertThat(this.values.get("wall", this::read)).isEqualTo("read 1");
		this.release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("read 2");
	}

	/**
	 * Starts a caller in the background whose read holds until {@link #release}; returns
	 * once that read is under way.
	 */
	private Future<String> readingUntilReleased(Function<Supplier<String>, String> caller, Supplier<String> answer)
			throws InterruptedException {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = this.release;
		Future<String> read = this.pool.submit(() -> caller.apply(() -> {
			reading.countDown();
			await(release);
			return answer.get();
		}));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
		return read;
	}

	private String read() {
		return "read " + this.reads.incrementAndGet();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
