package org.serviceweek;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.listening.SuggestionQuota;
import org.serviceweek.notification.Deliveries;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shoutout.CompanyValues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one PostgreSQL, as behind a load balancer without sticky
 * sessions (ADR 015): a person signed in on one is served by the other, a change made on
 * one reaches the other's wall and office screen, sign-in throttling and the suggestion
 * quota count across both, and the outbox, run by both, sends each email once.
 * <p>
 * Requests go over real HTTP with the session cookie and CSRF tokens a browser would
 * send. Each instance is a full application context in this JVM on a random port.
 */
class SeveralInstancesTests {

	private static final String PASSWORD = TestAccounts.PASSWORD;

	private static EmbeddedPostgres postgres;

	private static GreenMail mail;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws IOException {
		postgres = EmbeddedPostgres.start();
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		a = start();
		b = start();
	}

	@AfterAll
	static void stopEverything() throws IOException {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		mail.stop();
		postgres.close();
	}

	@Test
	void aPersonSignedInOnOneInstanceIsServedByTheOtherAndBothWallsAndScreensShowTheApproval() throws Exception {
		TestAccounts accounts = a.getBean(TestAccounts.class);
		SignedInAccount staff = accounts.signedIn(Role.STAFF);
		SignedInAccount manager = accounts.signedIn(Role.MANAGER);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Person ana = a.getBean(People.class)
			.add(new PersonDetails("Ana Cluster", "ana." + unique + "@example.com", "Agent", null, null, true));
		long value = a.getBean(CompanyValues.class).add("Teamwork " + unique, null).getId();
		String message = "Thanks for covering the phones " + unique;

		// Signs in on A: the session id changes at sign-in and the cookie keeps its
		// settings.
		Browser agent = new Browser();
		String before = agent.signIn(a, staff.getUsername(), PASSWORD, false);
		HttpResponse<String> signedIn = agent.lastSignIn;
		assertThat(redirect(signedIn)).isEqualTo("/");
		assertThat(agent.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));

		// With the same cookie, B shows the form and takes the shout-out.
		HttpResponse<String> form = agent.get(b, "/shoutouts/new");
		assertThat(form.statusCode()).isEqualTo(200);
		HttpResponse<String> posted = agent.post(b, "/shoutouts",
				Map.of("_csrf", csrf(form.body()), "submissionKey", hidden(form.body(), "submissionKey"),
						"recipientIds", String.valueOf(ana.getId()), "valueId", String.valueOf(value), "message",
						message, "wantsPublic", "true"));
		assertThat(posted.statusCode()).isEqualTo(302);
		String location = redirect(posted);
		long shoutOutId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// The flash message B left in the session is shown by A.
		assertThat(agent.get(a, "/shoutouts/" + shoutOutId).body())
			.contains("It will reach the public wall once a manager approves it.")
			.contains(message);

		// A manager approves on A; B's public wall shows it at once.
		Browser moderator = new Browser();
		moderator.signIn(a, manager.getUsername(), PASSWORD, false);
		HttpResponse<String> queue = moderator.get(a, "/moderation");
		assertThat(queue.body()).contains(message);
		assertThat(redirect(
				moderator.post(a, "/moderation/" + shoutOutId + "/approve", Map.of("_csrf", csrf(queue.body())))))
			.isEqualTo("/moderation");
		long approvedAt = System.nanoTime();
		assertThat(new Browser().get(b, "/wall").body()).contains(message);

		// Both office screens have it within 10 seconds (B learns of it by rebuilding
		// its document from the database every 3 seconds).
		Browser screen = new Browser();
		waitFor(() -> screen.get(a, "/wall/screen/data").body().contains(message), Duration.ofSeconds(10));
		waitFor(() -> screen.get(b, "/wall/screen/data").body().contains(message), Duration.ofSeconds(10));
		assertThat(Duration.ofNanos(System.nanoTime() - approvedAt)).isLessThan(Duration.ofSeconds(10));

		// Ana is told by email once, though both instances run the outbox.
		waitFor(() -> !emailsTo(ana.getEmail()).isEmpty(), Duration.ofSeconds(20));
		Thread.sleep(1000);
		assertThat(emailsTo(ana.getEmail())).hasSize(1);

		// Signing out on B ends the session everywhere.
		HttpResponse<String> account = agent.get(b, "/account");
		assertThat(redirect(agent.post(b, "/logout", Map.of("_csrf", csrf(account.body())))))
			.isEqualTo("/login?signedOut");
		assertThat(redirect(agent.get(a, "/account"))).isEqualTo("/login");
	}

	@Test
	void keepMeSignedInWorksOnTheOtherInstance() throws Exception {
		SignedInAccount staff = a.getBean(TestAccounts.class).signedIn(Role.STAFF);
		Browser laptop = new Browser();
		laptop.signIn(a, staff.getUsername(), PASSWORD, true);
		assertThat(laptop.cookie("remember-me")).isNotNull();

		// Days later the session is gone, the remember-me cookie is not.
		Browser nextWeek = new Browser();
		nextWeek.cookies.put("remember-me", laptop.cookie("remember-me"));

		assertThat(nextWeek.get(b, "/account").statusCode()).isEqualTo(200);
	}

	@Test
	void failedSignInsOnEitherInstanceCountTogether() throws Exception {
		SignedInAccount staff = a.getBean(TestAccounts.class).signedIn(Role.STAFF);
		for (int attempt = 1; attempt <= 5; attempt++) {
			Browser guesser = new Browser();
			guesser.signIn((attempt % 2 == 0) ? a : b, staff.getUsername(), "wrong guess " + attempt, false);
			// The fifth failure in a row pauses sign-in for this email, and says so.
			assertThat(redirect(guesser.lastSignIn)).isEqualTo((attempt < 5) ? "/login?error" : "/login?locked");
		}

		Browser owner = new Browser();
		owner.signIn(a, staff.getUsername(), PASSWORD, false);

		assertThat(redirect(owner.lastSignIn)).isEqualTo("/login?locked");
	}

	@Test
	void instancesGivenTheSameQuotaSecretShareOneHourlyCount() {
		SuggestionQuota onA = a.getBean(SuggestionQuota.class);
		SuggestionQuota onB = b.getBean(SuggestionQuota.class);
		long personId = a.getBean(TestAccounts.class).person("Quota Cluster").getId();

		assertThat(onA.tryAcquire(onA.keyFor(personId))).isTrue();
		assertThat(onB.tryAcquire(onB.keyFor(personId))).isTrue();
		assertThat(onA.tryAcquire(onA.keyFor(personId))).isTrue();
		// The limit is 3 an hour, whichever instance counts.
		assertThat(onB.tryAcquire(onB.keyFor(personId))).isFalse();
	}

	@Test
	void withBothInstancesRunningTheOutboxEachEmailGoesOutOnce() throws Exception {
		Deliveries outbox = a.getBean(Deliveries.class);
		String batch = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String recipient = "outbox." + batch + "." + i + "@example.com";
			recipients.add(recipient);
			((i % 2 == 0) ? outbox : b.getBean(Deliveries.class)).queueEmail(recipient, "Batch " + batch, "Email " + i);
		}

		waitFor(() -> recipients.stream().allMatch((recipient) -> !emailsTo(recipient).isEmpty()),
				Duration.ofSeconds(30));
		// Both senders run every 200 ms; give a second sender time to send again.
		Thread.sleep(1000);

		assertThat(recipients).allSatisfy((recipient) -> assertThat(emailsTo(recipient)).hasSize(1));
		assertThat(outbox.all()).filteredOn((delivery) -> recipients.contains(delivery.getRecipient()))
			.hasSize(20)
			.allSatisfy((delivery) -> assertThat(delivery.getAttempts()).isEqualTo(1));
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ServiceWeekApplication.class).main(ServiceWeekApplication.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton(LeaveOutTestTypes.class.getName(), new LeaveOutTestTypes()))
			.run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--spring.datasource.hikari.maximum-pool-size=5", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + mail.getSmtp().getPort(), "--serviceweek.screen.refresh-interval=3s",
					"--serviceweek.deliveries.interval=200ms", "--serviceweek.suggestions.per-hour=3",
					"--serviceweek.suggestions.quota-secret=the same on every instance");
	}

	/** Where a response redirects to: its path and query, whichever host it names. */
	private static String redirect(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

	private static String url(ConfigurableApplicationContext instance, String path) {
		return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path;
	}

	private static List<MimeMessage> emailsTo(String recipient) {
		return Arrays.stream(mail.getReceivedMessages()).filter((message) -> {
			try {
				Address[] to = message.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String csrf(String html) {
		return hidden(html, "_csrf");
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("hidden field %s", name).isTrue();
		return matcher.group(1);
	}

	private static void waitFor(Check check, Duration atMost) throws Exception {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!check.holds()) {
			assertThat(System.nanoTime()).as("still waiting after %s", atMost).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws Exception;

	}

	/**
	 * One browser: its own cookies, sent to whichever instance it asks, as a load
	 * balancer would pass them on. Follows no redirects, so that each answer can be
	 * checked.
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private HttpResponse<String> lastSignIn;

		/** Signs in; returns the session cookie from before. */
		String signIn(ConfigurableApplicationContext instance, String email, String password, boolean remember)
				throws Exception {
			HttpResponse<String> page = get(instance, "/login");
			String before = cookie("JSESSIONID");
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf(page.body()));
			fields.put("username", email);
			fields.put("password", password);
			if (remember) {
				fields.put("remember-me", "on");
			}
			this.lastSignIn = post(instance, "/login", fields);
			return before;
		}

		String cookie(String name) {
			return this.cookies.get(name);
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
			return send(request(instance, path).GET());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> fields)
				throws Exception {
			String form = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(instance, path)))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html,application/json")
				.header("Accept-Language", "en");
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Leaves this test module's own configurations and nested test classes out of the
	 * instances' component scan, as the test framework does for contexts it starts.
	 */
	static final class LeaveOutTestTypes extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
					|| reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName())
					|| reader.getClassMetadata().getEnclosingClassName() != null
							&& reader.getClassMetadata().getEnclosingClassName().endsWith("Tests");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof LeaveOutTestTypes;
		}

		@Override
		public int hashCode() {
			return LeaveOutTestTypes.class.hashCode();
		}

	}

}
