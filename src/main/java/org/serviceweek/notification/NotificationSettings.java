package org.serviceweek.notification;

import java.util.Optional;

import org.serviceweek.shared.AppSettings;
import org.springframework.stereotype.Service;

/**
 * Where new public shout-outs are announced (a chat webhook), set by managers in the app.
 */
@Service
public class NotificationSettings {

	private final AppSettings settings;

	private final Deliveries deliveries;

	NotificationSettings(AppSettings settings, Deliveries deliveries) {
		this.settings = settings;
		this.deliveries = deliveries;
	}

	public Optional<String> webhookUrl() {
		return this.settings.get(ShoutOutNotices.WEBHOOK_URL).filter((url) -> !url.isBlank());
	}

	public void changeWebhookUrl(String url) {
		this.settings.set(ShoutOutNotices.WEBHOOK_URL, (url != null) ? url.strip() : "");
	}

	public boolean isMailConfigured() {
		return this.deliveries.isMailConfigured();
	}

}
