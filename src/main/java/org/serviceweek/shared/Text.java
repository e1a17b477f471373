package org.serviceweek.shared;

import java.util.Locale;

/**
 * Normalises what people type: surrounding blanks never matter, and an empty optional
 * field is "nothing", not an empty string.
 */
public final class Text {

	private Text() {
	}

	public static String trimToNull(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	public static String normaliseEmail(String email) {
		String trimmed = trimToNull(email);
		return (trimmed != null) ? trimmed.toLowerCase(Locale.ROOT) : null;
	}

}
