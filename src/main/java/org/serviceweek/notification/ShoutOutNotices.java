package org.serviceweek.notification;

import java.util.List;
import java.util.Locale;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.AppSettings;
import org.serviceweek.shoutout.ShoutOutApproved;
import org.serviceweek.shoutout.ShoutOutPosted;
import org.serviceweek.shoutout.ShoutOutRejected;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells recipients about their shout-out (in the app, and by email when mail is
 * configured), and announces approved public shout-outs to a chat webhook (Slack- and
 * Teams-compatible). The notices are written in the shout-out's own transaction (on its
 * connection, so a post never waits for a second one from the pool): what was
 * acknowledged has its notices stored too. Sending happens later and is retried.
 */
@Component
class ShoutOutNotices {

	/** Setting: the address new public shout-outs are posted to, as {"text": "..."}. */
	static final String WEBHOOK_URL = "notifications.webhook-url";

	private final Notices notices;

	private final Deliveries deliveries;

	private final People people;

	private final AppSettings settings;

	private final NotificationSettings notificationSettings;

	private final MessageSource messages;

	ShoutOutNotices(Notices notices, Deliveries deliveries, People people, AppSettings settings,
			NotificationSettings notificationSettings, MessageSource messages) {
		this.notices = notices;
		this.deliveries = deliveries;
		this.people = people;
		this.settings = settings;
		this.notificationSettings = notificationSettings;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ShoutOutPosted posted) {
		for (Long recipientId : posted.recipientIds()) {
			this.notices.post(recipientId, "notice.shoutOutReceived", List.of(posted.authorName()),
					"/shoutouts/" + posted.shoutOutId());
		}
		if (!this.deliveries.isMailConfigured()) {
			return;
		}
		Locale language = this.notificationSettings.language();
		for (Long recipientId : posted.recipientIds()) {
			Person recipient = this.people.get(recipientId);
			this.deliveries.queueEmail(recipient.getEmail(),
					this.messages.getMessage("mail.shoutOut.subject", new Object[] { posted.authorName() }, language),
					this.messages.getMessage("mail.shoutOut.body",
							new Object[] { recipient.getName(), posted.authorName(), posted.message() }, language));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ShoutOutRejected rejected) {
		this.notices.post(rejected.authorId(), "notice.shoutOutRejected", List.of(rejected.reason()),
				"/shoutouts/" + rejected.shoutOutId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ShoutOutApproved approved) {
		this.settings.get(WEBHOOK_URL).filter((url) -> !url.isBlank()).ifPresent((url) -> {
			String text = this.messages.getMessage("webhook.shoutOut",
					new Object[] { approved.recipientNames(), approved.message() },
					this.notificationSettings.language());
			this.deliveries.queueWebhook(url, "{\"text\":" + json(text) + "}");
		});
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
