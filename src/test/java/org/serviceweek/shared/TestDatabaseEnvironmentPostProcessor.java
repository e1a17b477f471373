package org.serviceweek.shared;

import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts a Spring test context on PostgreSQL when {@value #PROPERTY} is {@code postgres}: a
 * system property ({@code ./mvnw verify -Dserviceweek.test.database=postgres} runs the
 * whole suite so) or a test's own property. Each context then gets a new database of its
 * own on the JVM's one embedded server ({@link TestPostgres}), where Flyway builds the
 * schema as in production. Otherwise nothing changes: each context has its own in-memory
 * H2 (src/test/resources/config/application.properties). Registered in
 * src/test/resources/META-INF/spring.factories, so tests need no annotation.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The switch: {@code h2} (the default) or {@code postgres}. */
	public static final String PROPERTY = "serviceweek.test.database";

	// Logging starts after environment post-processors have run.
	private final Log logger;

	public TestDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(TestDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String database = environment.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
		switch (database) {
			case "h2" -> {
			}
			case "postgres", "postgresql" -> usePostgres(environment);
			default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgres, not " + database);
		}
	}

	private void usePostgres(ConfigurableEnvironment environment) {
		String url = TestPostgres.createDatabase();
		this.logger.info("This Spring context runs on the embedded PostgreSQL: " + url);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("serviceweek-test-postgres",
					Map.of("spring.datasource.url", url, "spring.datasource.username", TestPostgres.USERNAME,
							"spring.datasource.password", "",
							// @DataJpaTest would otherwise swap in an embedded H2.
							"spring.test.database.replace", "none",
							// Connections as needed rather than ten per context: the
							// suite has many.
							"spring.datasource.hikari.minimum-idle", "1")));
	}

	@Override
	public int getOrder() {
		// After the configuration files are read, so a test's properties can set the
		// switch.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
