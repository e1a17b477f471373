package org.serviceweek.frontline.web;

import java.util.Locale;

import org.serviceweek.frontline.RideAlong;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link that turns what a leader learned into a suggestion, on the suggestions board
 * ({@code /suggestions/new}) with its title and description filled in. Both are encoded
 * as query values, and the description is shortened so that the address stays well within
 * what servers accept.
 */
final class SuggestionLink {

	static final int MAX_TITLE = 100;

	static final int MAX_LENGTH = 4000;

	private SuggestionLink() {
	}

	static String of(RideAlong rideAlong, MessageSource messages, Locale locale) {
		String title = cut(
				messages.getMessage("frontline.suggestion.title", new Object[] { rideAlong.withWhom() }, locale),
				MAX_TITLE);
		String description = (rideAlong.getLearned() != null) ? rideAlong.getLearned() : "";
		String link = build(title, description);
		while (link.length() > MAX_LENGTH && !description.isEmpty()) {
			description = cut(description, description.length() * 3 / 4);
			link = build(title, description);
		}
		return link;
	}

	private static String build(String title, String description) {
		// Values go in as URI variables, which are encoded strictly: '&', '=' and '+'
		// typed by the leader cannot break the query.
		return UriComponentsBuilder.fromPath("/suggestions/new")
			.queryParam("title", "{title}")
			.queryParam("description", "{description}")
			.encode()
			.buildAndExpand(title, description)
			.toUriString();
	}

	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		if (max < 2) {
			return "";
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end).strip() + "\u2026";
	}

}
