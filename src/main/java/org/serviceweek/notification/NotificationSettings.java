package org.serviceweek.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.serviceweek.shared.AppSettings;
import org.springframework.stereotype.Service;
import org.springframework.util.Assert;

/**
 * Where new public shout-outs are announced (a chat webhook) and the language of the
 * emails and chat messages, set by managers in the app.
 */
@Service
public class NotificationSettings {

	/** The languages the app has its texts in, English first (the default). */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	/** Setting: the language of emails and chat messages, as a language tag. */
	static final String LANGUAGE = "notifications.language";

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

	/**
	 * The language emails and chat messages are written in: one for the whole company,
	 * since the app does not know which language each reader prefers. English unless a
	 * manager chose another.
	 */
	public Locale language() {
		return this.settings.get(LANGUAGE)
			.map(Locale::forLanguageTag)
			.filter(LANGUAGES::contains)
			.orElse(Locale.ENGLISH);
	}

	public void changeLanguage(Locale language) {
		Assert.isTrue(LANGUAGES.contains(language), () -> "Not a language of the app: " + language);
		this.settings.set(LANGUAGE, language.toLanguageTag());
	}

	public boolean isMailConfigured() {
		return this.deliveries.isMailConfigured();
	}

}
