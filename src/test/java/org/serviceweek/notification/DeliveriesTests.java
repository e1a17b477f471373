package org.serviceweek.notification;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sends each delivery once even when two senders (two instances whose
 * scheduler lock lapsed, say) work through it at the same moment.
 */
@SpringBootTest(properties = { "serviceweek.test.context=notifications", "spring.mail.host=localhost",
		"spring.mail.port=3025", "serviceweek.scheduling.enabled=false" })
@Import(TestClockConfiguration.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DeliveriesTests {

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliveryRepository repository;

	@Autowired
	MutableClock clock;

	@Test
	void ofTwoSendersThatReadTheSameDeliveryOnlyOneClaimsIt() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.deliveries.queueWebhook("http://127.0.0.1:9/claimed-once", "{\"text\":\"claim\"}");
		Delivery seenByBoth = this.repository.findDue(this.clock.instant(), PageRequest.of(0, 500))
			.stream()
			.filter((delivery) -> delivery.getRecipient().endsWith("/claimed-once"))
			.reduce((first, second) -> second)
			.orElseThrow();
		Instant leaseEnds = this.clock.instant().plus(Deliveries.CLAIM_LEASE);

		int first = this.repository.claim(seenByBoth.getId(), seenByBoth.getNextAttemptAt(), leaseEnds);
		int second = this.repository.claim(seenByBoth.getId(), seenByBoth.getNextAttemptAt(), leaseEnds);

		assertThat(first).isEqualTo(1);
		assertThat(second).isZero();
		assertThat(this.repository.findDue(this.clock.instant(), PageRequest.of(0, 500)))
			.noneMatch((delivery) -> delivery.getId().equals(seenByBoth.getId()));
	}

	@Test
	void twoSendersRunningAtOnceSendEachWebhookCallOnce() throws Exception {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		ExecutorService chatService = Executors.newFixedThreadPool(4);
		server.setExecutor(chatService);
		server.createContext("/twice", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			calls.computeIfAbsent(body, (key) -> new AtomicInteger()).incrementAndGet();
			// A slow chat service: both senders are at work on the same batch meanwhile.
			sleep(150);
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		ExecutorService senders = Executors.newFixedThreadPool(2);
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/twice";
			for (int i = 0; i < 6; i++) {
				this.deliveries.queueWebhook(url, "{\"text\":\"call " + i + "\"}");
			}
			CountDownLatch start = new CountDownLatch(1);
			Callable<Void> sender = () -> {
				start.await();
				this.deliveries.sendDue();
				return null;
			};
			List<Future<Void>> running = List.of(senders.submit(sender), senders.submit(sender));
			start.countDown();
			for (Future<Void> done : running) {
				done.get(30, TimeUnit.SECONDS);
			}

			assertThat(calls).hasSize(6);
			assertThat(calls.values()).allSatisfy((count) -> assertThat(count.get()).isEqualTo(1));
			assertThat(this.deliveries.all()).filteredOn((delivery) -> delivery.getRecipient().equals(url))
				.hasSize(6)
				.allSatisfy((delivery) -> assertThat(delivery.getDeliveredAt()).isNotNull());
		}
		finally {
			senders.shutdownNow();
			server.stop(0);
			chatService.shutdownNow();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
