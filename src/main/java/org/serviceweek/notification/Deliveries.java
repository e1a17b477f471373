package org.serviceweek.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends queued emails and webhook calls, and tries failed ones again with growing pauses.
 * Email is sent only when mail is configured ({@code spring.mail.host}).
 * <p>
 * With several instances, one sender runs at a time (a ShedLock lock), and each delivery
 * is claimed by a conditional update before it is sent, so even two senders that read the
 * same row send it once (ADR 015).
 */
@Service
public class Deliveries {

	private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

	/**
	 * How long a claimed delivery stays with its sender before another may take it again
	 * (when the sender's instance died while sending). Far longer than one send takes:
	 * webhook calls give up after 15 seconds, mail after the SMTP timeouts set in
	 * application.properties.
	 */
	static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

	private final DeliveryRepository deliveries;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final ApplicationEventPublisher events;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Deliveries(DeliveryRepository deliveries, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${serviceweek.mail.from:serviceweek@localhost}") String from, ApplicationEventPublisher events) {
		this.deliveries = deliveries;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.events = events;
	}

	public boolean isMailConfigured() {
		return this.mail.getIfAvailable() != null;
	}

	@Transactional
	public void queueEmail(String to, String subject, String body) {
		if (isMailConfigured() && to != null) {
			this.deliveries.save(new Delivery(Delivery.Channel.EMAIL, to, subject, body, this.clock.instant()));
		}
	}

	@Transactional
	public void queueWebhook(String url, String json) {
		this.deliveries.save(new Delivery(Delivery.Channel.WEBHOOK, url, null, json, this.clock.instant()));
	}

	/**
	 * Sends what is due. Runs every few seconds, on one instance at a time; each delivery
	 * is claimed, then saved, in short transactions of their own, so one failure does not
	 * hold up the others.
	 */
	@Scheduled(fixedDelayString = "${serviceweek.deliveries.interval:5s}", initialDelayString = "5s")
	@SchedulerLock(name = "notification-deliveries", lockAtMostFor = "5m")
	public void sendDue() {
		List<Delivery> due = this.deliveries.findDue(this.clock.instant(), PageRequest.of(0, 50));
		for (Delivery delivery : due) {
			if (this.deliveries.claim(delivery.getId(), delivery.getNextAttemptAt(),
					this.clock.instant().plus(CLAIM_LEASE)) == 0) {
				// Another sender took it after it was read here.
				continue;
			}
			Object outcome;
			String channel = delivery.getChannel().name().toLowerCase(Locale.ROOT);
			try {
				send(delivery);
				delivery.delivered(this.clock.instant());
				outcome = new NotificationDelivered(delivery.getId(), channel);
			}
			catch (Exception ex) {
				logger.warn("Delivery {} ({}) failed: {}", delivery.getId(), delivery.getChannel(), ex.getMessage());
				delivery.attemptFailed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant());
				outcome = new NotificationDeliveryFailed(delivery.getId(), channel, delivery.getFailedAt() != null);
			}
			this.deliveries.save(delivery);
			this.events.publishEvent(outcome);
		}
	}

	private void send(Delivery delivery) throws Exception {
		if (delivery.getChannel() == Delivery.Channel.EMAIL) {
			JavaMailSender sender = this.mail.getIfAvailable();
			if (sender == null) {
				throw new IllegalStateException("Mail is not configured");
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(delivery.getRecipient());
			message.setSubject(delivery.getSubject());
			message.setText(delivery.getBody());
			sender.send(message);
		}
		else {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(URI.create(delivery.getRecipient()))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(delivery.getBody()))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException("Webhook answered " + response.statusCode());
			}
		}
	}

	@Transactional(readOnly = true)
	public List<Delivery> all() {
		return this.deliveries.findAll();
	}

}
