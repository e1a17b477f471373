package org.serviceweek.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An email or webhook call to send, kept until it is delivered or gives up. Written after
 * the change it reports was committed, so a failure here can never undo or block that
 * change.
 */
@Entity
public class Delivery {

	static final int MAX_ATTEMPTS = 6;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String recipient;

	private String subject;

	private String body;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant deliveredAt;

	private Instant failedAt;

	private String lastError;

	private Instant createdAt;

	protected Delivery() {
	}

	Delivery(Channel channel, String recipient, String subject, String body, Instant now) {
		this.channel = channel;
		this.recipient = recipient;
		this.subject = subject;
		this.body = (body.length() > 4000) ? body.substring(0, 4000) : body;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void delivered(Instant now) {
		this.attempts++;
		this.deliveredAt = now;
		this.lastError = null;
	}

	/**
	 * Records a failed attempt; tries again later (1, 2, 4, 8... minutes) until it gives
	 * up.
	 */
	void attemptFailed(String error, Instant now) {
		this.attempts++;
		this.lastError = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		if (this.attempts >= MAX_ATTEMPTS) {
			this.failedAt = now;
		}
		else {
			this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << (this.attempts - 1)));
		}
	}

	public Long getId() {
		return this.id;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	public Instant getFailedAt() {
		return this.failedAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public enum Channel {

		EMAIL, WEBHOOK

	}

}
