package org.serviceweek;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar started from the bean definitions its build worked out
 * ({@code -Dspring.aot.enabled=true}, as the Docker image and the README's production
 * command start it; ADR 024). Runs after packaging ({@code ./mvnw verify}), since the
 * ahead-of-time classes are made then. What the build cannot know, the server's profile,
 * single sign-on and mail settings, must still take effect: each is chosen when the app
 * starts, not by a condition on a bean's definition.
 */
class AheadOfTimeStartIT {

	private static final List<String> AHEAD_OF_TIME = List.of("-Dspring.aot.enabled=true");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The first demo account on the sign-in page: the administrator's. */
	private static final Pattern DEMO_ACCOUNT = Pattern
		.compile("<code>([^<]+@demo\\.serviceweek\\.example)</code></td>\\s*<td><code>([^<]+)</code>");

	@TempDir
	Path folder;

	@Test
	void startsFromTheBuildsBeanDefinitionsOnAnEmptyDatabase() throws Exception {
		try (AppProcess app = AppProcess.start(this.folder,
				Map.of("serviceweek.data-dir", this.folder.resolve("data").toString(), "spring.datasource.url",
						AppProcess.shippedProperty("spring.datasource.url")),
				AHEAD_OF_TIME)) {
			assertThat(app.log()).contains("Starting AOT-processed ServiceWeekApplication");
			HttpClient http = client();
			HttpResponse<String> setup = http.send(HttpRequest.newBuilder(app.uri("/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(setup.statusCode()).isEqualTo(200);
			assertThat(setup.uri().getPath()).isEqualTo("/setup");
		}
	}

	@Test
	void startsOnPostgresql() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database ahead_of_time");
			}
			try (AppProcess app = AppProcess.start(this.folder,
					Map.of("spring.profiles.active", "postgres", "spring.datasource.url",
							postgres.getJdbcUrl("postgres", "ahead_of_time"), "spring.datasource.username", "postgres",
							"spring.datasource.password", ""),
					AHEAD_OF_TIME)) {
				assertThat(app.log()).contains("Starting AOT-processed ServiceWeekApplication")
					.contains("Database: jdbc:postgresql:");
				HttpResponse<String> setup = client().send(HttpRequest.newBuilder(app.uri("/")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(setup.statusCode()).isEqualTo(200);
				assertThat(setup.uri().getPath()).isEqualTo("/setup");
			}
		}
	}

	@Test
	void theProfileSingleSignOnAndMailOfTheServerTakeEffect() throws Exception {
		try (AppProcess app = AppProcess.start(this.folder,
				Map.of("serviceweek.data-dir", this.folder.resolve("data").toString(), "spring.datasource.url",
						AppProcess.shippedProperty("spring.datasource.url"), "spring.profiles.active", "demo",
						"serviceweek.sso.issuer-uri", "http://127.0.0.1:9/issuer", "serviceweek.sso.client-id",
						"serviceweek", "serviceweek.sso.button-label", "Sign in with Example Corp", "spring.mail.host",
						"127.0.0.1", "spring.mail.port", "9"),
				AHEAD_OF_TIME)) {
			assertThat(app.log()).contains("Starting AOT-processed ServiceWeekApplication");
			HttpClient http = client();

			// The demo profile filled the database (no first-run setup) and shows its
			// accounts.
			HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(app.uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.statusCode()).isEqualTo(200);
			Matcher admin = DEMO_ACCOUNT.matcher(signIn.body());
			assertThat(admin.find()).as("demo accounts on the sign-in page").isTrue();
			// Single sign-on is offered.
			assertThat(signIn.body()).contains("Sign in with Example Corp");

			// Mail is configured, as the notification settings say to a manager.
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(app.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						form("username", admin.group(1), "password", admin.group(2), "_csrf", csrf(signIn.body()))))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
			HttpResponse<String> settings = http.send(
					HttpRequest.newBuilder(app.uri("/notifications/settings")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(settings.statusCode()).isEqualTo(200);
			assertThat(settings.body()).contains("Email is configured");
		}
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF field").isTrue();
		return matcher.group(1);
	}

	private static String form(String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (form.length() > 0) {
				form.append('&');
			}
			form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

}
