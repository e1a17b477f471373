package org.serviceweek.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text comes from messages.properties: every key a template or the code uses exists,
 * and every locale has every key.
 */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern CODE_KEY = Pattern.compile(
			"\"((?:roster|password|people|teams|accounts|account|invitation|setup|upload|error)\\.[A-Za-z0-9.]+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "messages_de.properties" })
	void everyLocaleHasEveryKey(String locale) throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> translated = load(locale).stringPropertyNames();

		assertThat(new TreeSet<>(translated)).as("keys of %s", locale)
			.containsExactlyElementsOf(new TreeSet<>(english));
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Properties messages = load("messages.properties");
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), ".java", CODE_KEY, used);

		assertThat(used).hasSizeGreaterThan(100);
		assertThat(used).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	@Test
	void templatesHaveNoHardCodedVisibleText() throws IOException {
		// Text between tags that is not replaced by th:text is what a visitor would read
		// in the
		// raw template; every visible element carries th:text or th:utext instead.
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			files.filter((file) -> file.toString().endsWith(".html")).forEach((file) -> {
				String html = read(file).replaceAll("(?s)<!--.*?-->", "");
				Matcher plain = Pattern.compile(
						"<(h[1-6]|p|button|label|a|li|th|td|option|caption)\\b(?![^>]*th:(?:u?text|replace|insert|each|errors))[^>]*>\\s*([A-Za-z][^<]{2,})<")
					.matcher(html);
				assertThat(plain.find()).as("hard-coded text in %s: %s", file, plain.find(0) ? plain.group() : "")
					.isFalse();
			});
		}
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(suffix)).forEach((file) -> {
				Matcher matcher = pattern.matcher(read(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			});
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			properties.load(in);
		}
		return properties;
	}

}
