package org.serviceweek.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least 12 characters, at most 72 bytes (bcrypt's
 * limit), not one of the most common passwords (nor one of them with a number tacked on
 * or repeated), and not the person's own name or email.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * Returns message keys for every rule the password breaks; empty when it is
	 * acceptable.
	 */
	public List<String> problems(String password, String email, String name) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password.tooShort");
			return problems;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("password.tooLong");
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			problems.add("password.common");
		}
		else if (isPersonal(lower, email, name)) {
			problems.add("password.personal");
		}
		return problems;
	}

	private boolean isCommon(String lower) {
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2) {
			return true;
		}
		// "password2026!" and "sunshinesunshine" are as weak as the word they are built
		// on.
		String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
		if (base.length() < lower.length() && (base.isEmpty() || this.common.contains(base))) {
			return true;
		}
		int half = lower.length() / 2;
		return lower.length() % 2 == 0 && lower.substring(0, half).equals(lower.substring(half))
				&& this.common.contains(lower.substring(0, half)) || isSequence(lower);
	}

	private static final String KEYBOARD = "1234567890qwertyuiopasdfghjklzxcvbnm";

	private static boolean isSequence(String lower) {
		if (KEYBOARD.contains(lower) || new StringBuilder(KEYBOARD).reverse().toString().contains(lower)) {
			return true;
		}
		int ascending = 0;
		int descending = 0;
		for (int i = 1; i < lower.length(); i++) {
			int step = lower.charAt(i) - lower.charAt(i - 1);
			ascending += (step == 1) ? 1 : 0;
			descending += (step == -1) ? 1 : 0;
		}
		return ascending >= lower.length() - 2 || descending >= lower.length() - 2;
	}

	private static boolean isPersonal(String lower, String email, String name) {
		List<String> personal = new ArrayList<>();
		if (email != null) {
			personal.add(email.toLowerCase(Locale.ROOT));
			int at = email.indexOf('@');
			if (at > 3) {
				personal.add(email.substring(0, at).toLowerCase(Locale.ROOT));
			}
		}
		if (name != null && name.strip().length() > 3) {
			personal.add(name.strip().toLowerCase(Locale.ROOT));
			personal.add(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
		}
		String stripped = lower.replaceAll("[\\d\\p{Punct}\\s]+", "");
		return personal.stream()
			.anyMatch((word) -> lower.equals(word) || stripped.equals(word.replaceAll("[\\d\\p{Punct}\\s]+", "")));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(25_000);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list is missing", ex);
		}
		return Set.copyOf(words);
	}

}
