package org.serviceweek;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started from the bean definitions its build worked out
 * ({@code java -Dspring.aot.enabled=true -jar}, as the Docker image and the README's
 * production command start it; ADR 024). Runs after packaging ({@code ./mvnw verify}).
 * What the build cannot know (the server's profile, single sign-on and mail settings)
 * must still take effect, and the pages a manager reaches from the navigation must work
 * with the repositories the build generated, on H2 and on PostgreSQL. The three starts
 * run at once (each mostly waits for its app process).
 */
@Execution(ExecutionMode.CONCURRENT)
class AheadOfTimeStartIT {

	private static final List<String> AHEAD_OF_TIME = List.of("-Dspring.aot.enabled=true");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The first demo account on the sign-in page: the administrator's. */
	private static final Pattern DEMO_ACCOUNT = Pattern
		.compile("<code>([^<]+@demo\\.serviceweek\\.example)</code></td>\\s*<td><code>([^<]+)</code>");

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

	/** Links that are not pages: assets, signing out, leaving for the provider. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile("^/(css|js|webjars|images|fonts|favicon|logout|oauth2|login)(/.*|\\..*)?$");

	private static final String LARGE_DATA_PASSWORD = "ahead of time test password";

	@TempDir
	Path folder;

	@Test
	void startsFromTheBuildsBeanDefinitionsOnAnEmptyDatabase() throws Exception {
		try (AppProcess app = start(Map.of("serviceweek.data-dir", this.folder.resolve("data").toString()))) {
			HttpResponse<String> setup = client().send(HttpRequest.newBuilder(app.uri("/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(setup.statusCode()).isEqualTo(200);
			assertThat(setup.uri().getPath()).isEqualTo("/setup");
		}
	}

	@Test
	void onPostgresqlTheLargeDataProfileFillsAndEveryLinkedPageWorks() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database ahead_of_time");
			}
			try (AppProcess app = start(Map.of("spring.profiles.active", "postgres,large-data", "spring.datasource.url",
					postgres.getJdbcUrl("postgres", "ahead_of_time"), "spring.datasource.username", "postgres",
					"spring.datasource.password", "", "serviceweek.large-data.scale", "0.005",
					"serviceweek.large-data.password", LARGE_DATA_PASSWORD))) {
				assertThat(app.log()).contains("Database: jdbc:postgresql:");
				HttpClient http = client();
				signIn(http, app, "admin-01@large.serviceweek.example", LARGE_DATA_PASSWORD);
				assertThat(brokenPagesLinkedFromTheNavigation(http, app)).isEmpty();
			}
		}
	}

	@Test
	void theProfileSingleSignOnAndMailOfTheServerTakeEffect() throws Exception {
		MockOAuth2Server provider = new MockOAuth2Server();
		provider.start();
		try (AppProcess app = start(
				Map.of("serviceweek.data-dir", this.folder.resolve("data").toString(), "spring.profiles.active", "demo",
						"serviceweek.sso.issuer-uri", provider.issuerUrl("company").toString(),
						"serviceweek.sso.client-id", "serviceweek", "serviceweek.sso.button-label",
						"Sign in with Example Corp", "spring.mail.host", "127.0.0.1", "spring.mail.port", "9"))) {
			HttpClient http = client();

			// The demo profile filled the database (no first-run setup) and shows its
			// accounts.
			HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(app.uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signInPage.statusCode()).isEqualTo(200);
			Matcher admin = DEMO_ACCOUNT.matcher(signInPage.body());
			assertThat(admin.find()).as("demo accounts on the sign-in page").isTrue();

			// Single sign-on is offered, and its security filters send people to the
			// provider.
			assertThat(signInPage.body()).contains("Sign in with Example Corp");
			HttpResponse<Void> toProvider = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.cookieHandler(new CookieManager())
				.build()
				.send(HttpRequest.newBuilder(app.uri("/oauth2/authorization/company")).build(),
						HttpResponse.BodyHandlers.discarding());
			assertThat(toProvider.statusCode()).isEqualTo(302);
			assertThat(toProvider.headers().firstValue("Location").orElse(""))
				.startsWith(provider.baseUrl().toString());

			// Mail is configured, as the notification settings say to a manager.
			signIn(http, app, admin.group(1), admin.group(2));
			HttpResponse<String> settings = http.send(
					HttpRequest.newBuilder(app.uri("/notifications/settings")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(settings.statusCode()).isEqualTo(200);
			assertThat(settings.body()).contains("Email is configured");

			assertThat(brokenPagesLinkedFromTheNavigation(http, app)).isEmpty();
		}
		finally {
			provider.shutdown();
		}
	}

	private AppProcess start(Map<String, String> properties) throws IOException {
		AppProcess app = AppProcess.startJar(packagedJar(), this.folder, properties, AHEAD_OF_TIME);
		assertThat(app.log()).contains("Starting AOT-processed ServiceWeekApplication");
		return app;
	}

	/** target/serviceweek-*.jar, which {@code ./mvnw verify} makes before this test. */
	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
			return files
				.filter((file) -> file.getFileName().toString().matches("serviceweek-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

	private static void signIn(HttpClient http, AppProcess app, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(app.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form("username", username, "password", password, "_csrf", csrf(page.body()))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.uri().getPath()).as("signed in as " + username).isNotEqualTo("/login");
	}

	/**
	 * Every page linked from the home page and from the pages it links to (two levels),
	 * fetched as the signed-in person: those that do not answer 200, or that lead to the
	 * sign-in page, with their status.
	 */
	private static List<String> brokenPagesLinkedFromTheNavigation(HttpClient http, AppProcess app)
			throws IOException, InterruptedException {
		Set<String> seen = new LinkedHashSet<>(List.of("/"));
		List<String> level = List.of("/");
		List<String> broken = new ArrayList<>();
		for (int depth = 0; depth < 2; depth++) {
			List<String> next = new ArrayList<>();
			for (String path : level) {
				HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.uri(path)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (page.statusCode() != 200 || page.uri().getPath().equals("/login")) {
					broken.add(path + " " + page.statusCode() + " " + page.uri().getPath());
					continue;
				}
				Matcher links = LINK.matcher(page.body());
				while (links.find() && seen.size() < 90) {
					String link = links.group(1);
					if (!NOT_A_PAGE.matcher(link).matches() && seen.add(link)) {
						next.add(link);
					}
				}
			}
			level = next;
		}
		for (String path : level) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200 || page.uri().getPath().equals("/login")) {
				broken.add(path + " " + page.statusCode() + " " + page.uri().getPath());
			}
		}
		System.out.printf("Pages fetched as signed in: %d%n", seen.size());
		assertThat(seen).as("pages reached").hasSizeGreaterThan(20);
		return broken;
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
