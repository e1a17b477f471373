package org.serviceweek.listening;

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
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the listening code uses exists in English and German, including those
 * made from a state or a category code.
 */
class ListeningMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(suggestions\\.[A-Za-z0-9.]+)\"");

	@Test
	void everyKeyTheCodeUsesExistsInEveryLanguage() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/serviceweek/listening"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (key.equals("suggestions.category.")) {
						// Made from a starting category's code; those are added below.
						continue;
					}
					if (key.endsWith(".")) {
						for (SuggestionState state : SuggestionState.values()) {
							used.add(key + state.name());
						}
					}
					else {
						used.add(key);
					}
				}
			}
		}
		for (String code : new String[] { "UNANSWERABLE_QUESTIONS", "TRANSFERS", "MISSING_TOOLS", "CUSTOMER_NEEDS",
				"DIFFICULT_CUSTOMERS", "OTHER" }) {
			used.add("suggestions.category." + code);
		}

		assertThat(used).hasSizeGreaterThan(30);
		for (String file : new String[] { "messages.properties", "messages_de.properties" }) {
			Properties messages = load(file);
			assertThat(used).as(file).allSatisfy((key) -> assertThat(messages).containsKey(key));
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
