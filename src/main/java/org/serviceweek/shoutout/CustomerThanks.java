package org.serviceweek.shoutout;

import java.time.Clock;
import java.time.Duration;

import org.serviceweek.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers thank an agent through a public form. Nothing of it is shown anywhere before
 * a manager approves it and links it to the right person.
 */
@Service
@Transactional
public class CustomerThanks {

	private final ShoutOutRepository shoutOuts;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	private final int perHour;

	CustomerThanks(ShoutOutRepository shoutOuts, RateLimiter rateLimiter, Clock clock,
			@Value("${serviceweek.thanks.per-hour:5}") int perHour) {
		this.shoutOuts = shoutOuts;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
		this.perHour = perHour;
	}

	/**
	 * Receives a customer's thanks.
	 * @param clientAddress the sender's address, for the per-address limit
	 * @param honeypot a field people never see; bots fill it in
	 * @return whether it was accepted (a bot is told nothing different)
	 * @throws ThanksRateLimitedException when the address sent too many in the last hour
	 */
	public boolean submit(String agentName, String message, String customerName, String customerEmail,
			String clientAddress, String honeypot) {
		if (honeypot != null && !honeypot.isBlank()) {
			return false;
		}
		if (!this.rateLimiter.tryAcquire("thanks:" + clientAddress, this.perHour, Duration.ofHours(1))) {
			throw new ThanksRateLimitedException();
		}
		this.shoutOuts
			.save(ShoutOut.fromCustomer(agentName, message, customerName, customerEmail, this.clock.instant()));
		return true;
	}

	public int perHour() {
		return this.perHour;
	}

	/**
	 * Too many thanks from one address in the last hour.
	 */
	public static class ThanksRateLimitedException extends RuntimeException {

		ThanksRateLimitedException() {
			super("Too many thanks from this address");
		}

	}

}
