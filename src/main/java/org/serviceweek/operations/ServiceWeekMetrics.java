package org.serviceweek.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.serviceweek.notification.NotificationDelivered;
import org.serviceweek.notification.NotificationDeliveryFailed;
import org.serviceweek.shared.Audited;
import org.serviceweek.shoutout.ShoutOutPosted;
import org.serviceweek.week.SignUpWithdrawn;
import org.serviceweek.week.SignedUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what happens in the app for Prometheus, from the features' own events: only what
 * was committed counts. Every counter exists from the start (at zero), so a dashboard
 * never shows a gap.
 * <ul>
 * <li>{@code serviceweek_shoutouts_posted_total}</li>
 * <li>{@code serviceweek_shoutouts_moderated_total{decision="approved|rejected"}}</li>
 * <li>{@code serviceweek_activity_signups_total{status="place|waiting"}}</li>
 * <li>{@code serviceweek_activity_signup_cancellations_total}</li>
 * <li>{@code serviceweek_notifications_sent_total{channel="email|webhook"}}</li>
 * <li>{@code serviceweek_notifications_failed_total{channel="email|webhook"}}</li>
 * </ul>
 */
@Component
class ServiceWeekMetrics {

	private static final String[] CHANNELS = { "email", "webhook" };

	private final MeterRegistry registry;

	private final Counter posted;

	private final Counter approved;

	private final Counter rejected;

	private final Counter signedUpPlace;

	private final Counter signedUpWaiting;

	private final Counter signUpCancelled;

	private final Map<String, Counter> sent = new ConcurrentHashMap<>();

	private final Map<String, Counter> failed = new ConcurrentHashMap<>();

	ServiceWeekMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.posted = Counter.builder("serviceweek.shoutouts.posted")
			.description("Shout-outs posted by colleagues")
			.register(registry);
		this.approved = moderated("approved");
		this.rejected = moderated("rejected");
		this.signedUpPlace = signUps("place");
		this.signedUpWaiting = signUps("waiting");
		this.signUpCancelled = Counter.builder("serviceweek.activity.signup.cancellations")
			.description("Sign-ups to activities taken back")
			.register(registry);
		for (String channel : CHANNELS) {
			sent(channel);
			failed(channel);
		}
	}

	private Counter moderated(String decision) {
		return Counter.builder("serviceweek.shoutouts.moderated")
			.description("Moderation decisions on shout-outs and customer thanks")
			.tag("decision", decision)
			.register(this.registry);
	}

	private Counter signUps(String status) {
		return Counter.builder("serviceweek.activity.signups")
			.description("Sign-ups to activities, with a place or on the waiting list")
			.tag("status", status)
			.register(this.registry);
	}

	private Counter sent(String channel) {
		return this.sent.computeIfAbsent(channel,
				(key) -> Counter.builder("serviceweek.notifications.sent")
					.description("Emails and webhook calls delivered")
					.tag("channel", key)
					.register(this.registry));
	}

	private Counter failed(String channel) {
		return this.failed.computeIfAbsent(channel,
				(key) -> Counter.builder("serviceweek.notifications.failed")
					.description("Failed attempts to send an email or call a webhook")
					.tag("channel", key)
					.register(this.registry));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ShoutOutPosted event) {
		this.posted.increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(Audited event) {
		switch (event.action()) {
			case SHOUT_OUT_APPROVED, THANKS_APPROVED -> this.approved.increment();
			case SHOUT_OUT_REJECTED, THANKS_REJECTED -> this.rejected.increment();
			default -> {
			}
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SignedUp event) {
		(event.waiting() ? this.signedUpWaiting : this.signedUpPlace).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SignUpWithdrawn event) {
		this.signUpCancelled.increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NotificationDelivered event) {
		sent(event.channel()).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NotificationDeliveryFailed event) {
		failed(event.channel()).increment();
	}

}
