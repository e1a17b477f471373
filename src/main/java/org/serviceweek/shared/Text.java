package org.serviceweek.shared;

import java.util.Locale;

/**
 * Normalises what people type: surrounding blanks never matter, and an empty optional
 * field (or one with nothing visible in it) is "nothing", not an empty string.
 */
public final class Text {

	private Text() {
	}

	/**
	 * The text without what cannot be seen at either end: blanks of every kind (also
	 * no-break spaces) and invisible format characters (zero-width spaces and joiners,
	 * the byte order mark); {@code null} if nothing visible is left. Inside the text they
	 * stay (a zero-width joiner holds an emoji sequence together).
	 */
	public static String trimToNull(String value) {
		if (value == null) {
			return null;
		}
		int start = 0;
		int end = value.length();
		while (start < end && invisible(value.codePointAt(start))) {
			start += Character.charCount(value.codePointAt(start));
		}
		while (end > start && invisible(value.codePointBefore(end))) {
			end -= Character.charCount(value.codePointBefore(end));
		}
		return (start < end) ? value.substring(start, end) : null;
	}

	private static boolean invisible(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT;
	}

	public static String normaliseEmail(String email) {
		String trimmed = trimToNull(email);
		return (trimmed != null) ? trimmed.toLowerCase(Locale.ROOT) : null;
	}

}
