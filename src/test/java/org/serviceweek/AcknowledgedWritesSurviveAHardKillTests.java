package org.serviceweek;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means stored: the app runs in a JVM of its own, colleagues post shout-outs
 * and sign up for activities over real HTTP from several threads, the process is killed
 * with SIGKILL in the middle of it, and after a restart on the same data every shout-out
 * and sign-up that got its success answer is there exactly once, and nothing is there
 * twice. On the built-in H2 database in a file (as shipped: WRITE_DELAY=0) and on
 * PostgreSQL.
 */
class AcknowledgedWritesSurviveAHardKillTests {

	private static final int COLLEAGUES = 3;

	/** Few enough that each colleague also signs up again for the same activity. */
	private static final int ACTIVITIES = 6;

	/** Acknowledged writes to wait for before the kill. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

	private static final Pattern SHOUT_OUT_PAGE = Pattern.compile("/shoutouts/\\d+$");

	@Test
	void onTheBuiltInH2DatabaseInAFile(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("data");
		survivesAHardKill(() -> AppProcess.startOnH2(data), (admin) -> {
		});
	}

	@Test
	void onPostgres(@TempDir Path folder) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database durability");
			}
			Map<String, String> properties = Map.of("spring.profiles.active", "postgres", "spring.datasource.url",
					postgres.getJdbcUrl("postgres", "durability"), "spring.datasource.username", "postgres",
					"spring.datasource.password", "");
			survivesAHardKill(() -> AppProcess.start(folder, properties), (admin) -> {
				// The backup page explains pg_dump and offers no download.
				HttpResponse<String> page = admin.get("/admin/backup");
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.body()).contains("pg_dump --format=custom", "--dbname=durability_restored")
					.doesNotContain("action=\"/admin/backup\"");
				HttpResponse<String> download = admin.post("/admin/backup", admin.csrfFrom("/admin/backup"));
				assertThat(download.statusCode()).isEqualTo(302);
				assertThat(download.headers().firstValue("Content-Type").orElse("")).doesNotContain("zip");
			});
		}
	}

	private void survivesAHardKill(Supplier<AppProcess> start, AdminCheck afterRestart) throws Exception {
		Installation installation;
		Load load;
		long started = System.nanoTime();
		try (AppProcess app = start.get()) {
			long installing = System.nanoTime();
			installation = Installation.create(app);
			long loading = System.nanoTime();
			load = new Load(app, installation);
			load.start();
			load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(60));
			System.out.printf("Installed in %d ms, loaded in %d ms%n",
					TimeUnit.NANOSECONDS.toMillis(loading - installing),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loading));
			int status = app.kill();
			// SIGKILL: the JVM had no chance to run a shutdown hook or close the
			// database.
			assertThat(status).as("exit status after destroyForcibly()").isEqualTo(AppProcess.KILLED);
			assertThat(app.log()).doesNotContain("Commencing graceful shutdown");
			load.awaitWorkers();
		}
		assertThat(load.failures).as("unexpected answers during the load").isEmpty();
		assertThat(load.acknowledgedShoutOuts).isNotEmpty();
		assertThat(load.acknowledgedSignUps).isNotEmpty();

		try (AppProcess app = start.get()) {
			WebUser admin = new WebUser(app);
			admin.signIn(installation.adminEmail(), TestAccounts.PASSWORD);

			HttpResponse<String> export = admin.get("/shoutouts/export.csv?from=2000-01-01&to=2100-12-31");
			assertThat(export.statusCode()).isEqualTo(200);
			String csv = export.body();
			assertThat(load.acknowledgedShoutOuts).allSatisfy(
					(token) -> assertThat(occurrences(csv, token)).as("acknowledged shout-out %s", token).isEqualTo(1));
			assertThat(load.attemptedShoutOuts).allSatisfy(
					(token) -> assertThat(occurrences(csv, token)).as("shout-out %s", token).isLessThanOrEqualTo(1));
			assertThat(occurrences(csv, Load.TOKEN_PREFIX)).isLessThanOrEqualTo(load.attemptedShoutOuts.size());

			for (long activityId : installation.activityIds()) {
				HttpResponse<String> signUps = admin.get("/activities/" + activityId + "/signups.csv");
				assertThat(signUps.statusCode()).isEqualTo(200);
				for (Colleague colleague : installation.colleagues()) {
					String signUp = colleague.email() + " on " + activityId;
					int found = occurrences(signUps.body(), colleague.email());
					if (load.acknowledgedSignUps.contains(signUp)) {
						assertThat(found).as("acknowledged sign-up of %s", signUp).isEqualTo(1);
					}
					else {
						assertThat(found).as("sign-up of %s", signUp).isLessThanOrEqualTo(1);
					}
				}
			}
			afterRestart.check(admin);
		}
		System.out.printf("%s: %d shout-outs and %d sign-ups acknowledged, %d requests without an answer, %d s%n",
				getClass().getSimpleName(), load.acknowledgedShoutOuts.size(), load.acknowledgedSignUps.size(),
				load.cutOff.get(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	@FunctionalInterface
	interface AdminCheck {

		void check(WebUser admin) throws IOException;

	}

	record Colleague(String email, long personId) {
	}

	/**
	 * What the load needs, made through the app's own pages on its first run: the first
	 * administrator, a company value, two people to thank, colleagues who accepted their
	 * invitation, and activities a month ahead.
	 */
	record Installation(String adminEmail, long valueId, List<Long> recipientIds, List<Colleague> colleagues,
			List<Long> activityIds) {

		private static final Pattern ID_AT_END = Pattern.compile("/(\\d+)$");

		private static final Pattern INVITATION = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

		static Installation create(AppProcess app) throws IOException {
			String run = UUID.randomUUID().toString().substring(0, 8);
			String adminEmail = "admin." + run + "@example.com";
			WebUser admin = new WebUser(app);
			expectRedirect(admin.post("/setup", admin.csrfFrom("/setup"), "name", "Durable Admin", "email", adminEmail,
					"password", TestAccounts.PASSWORD, "confirmPassword", TestAccounts.PASSWORD), "/login");
			admin.signIn(adminEmail, TestAccounts.PASSWORD);
			// One token serves every form of the session, as in a browser.
			String csrf = admin.csrfFrom("/values");

			expectRedirect(admin.post("/values", csrf, "name", "Staying power"), "/values");
			Matcher value = Pattern.compile("<option value=\"(\\d+)\">Staying power</option>")
				.matcher(admin.get("/shoutouts/new").body());
			assertThat(value.find()).as("the new value on the shout-out form").isTrue();

			List<Long> recipients = List.of(addPerson(admin, csrf, "Rita Recipient", "rita." + run + "@example.com"),
					addPerson(admin, csrf, "Rob Recipient", "rob." + run + "@example.com"));
			List<Colleague> colleagues = new ArrayList<>();
			for (int i = 0; i < COLLEAGUES; i++) {
				String email = "colleague" + i + "." + run + "@example.com";
				long personId = addPerson(admin, csrf, "Colleague " + i, email);
				expectRedirect(admin.post("/people/" + personId + "/invitation", csrf, "role", "STAFF"), "/invitation");
				Matcher link = INVITATION.matcher(admin.get("/people/" + personId + "/invitation").body());
				assertThat(link.find()).as("invitation link").isTrue();
				WebUser invited = new WebUser(app);
				String path = "/invitations/" + link.group(1);
				expectRedirect(invited.post(path, invited.csrfFrom(path), "password", TestAccounts.PASSWORD,
						"confirmPassword", TestAccounts.PASSWORD), "/login");
				colleagues.add(new Colleague(email, personId));
			}
			List<Long> activities = new ArrayList<>();
			String date = LocalDate.now().plusDays(30).toString();
			for (int i = 0; i < ACTIVITIES; i++) {
				activities.add(idAtEnd(expectRedirect(admin.post("/activities", csrf, "date", date, "startsAt", "10:00",
						"endsAt", "11:00", "title", "Durable activity " + i, "kind", "OTHER"), "/activities/")));
			}
			return new Installation(adminEmail, Long.parseLong(value.group(1)), recipients, colleagues, activities);
		}

		private static long addPerson(WebUser admin, String csrf, String name, String email) throws IOException {
			return idAtEnd(expectRedirect(admin.post("/people", csrf, "name", name, "email", email), "/people/"));
		}

		private static String expectRedirect(HttpResponse<String> response, String to) {
			String location = response.headers().firstValue("Location").orElse("");
			assertThat(response.statusCode()).as("answer to %s", response.request().uri()).isEqualTo(302);
			assertThat(location).contains(to);
			return location;
		}

		private static long idAtEnd(String location) {
			Matcher id = ID_AT_END.matcher(location);
			assertThat(id.find()).as("id in %s", location).isTrue();
			return Long.parseLong(id.group(1));
		}

	}

	/**
	 * Colleagues posting shout-outs and signing up for activities, one thread each, until
	 * the app dies. Each write is recorded before it is sent, and again once its success
	 * answer (a redirect to the saved item) has arrived.
	 */
	static final class Load {

		static final String TOKEN_PREFIX = "durable-";

		final Set<String> attemptedShoutOuts = ConcurrentHashMap.newKeySet();

		final Set<String> acknowledgedShoutOuts = ConcurrentHashMap.newKeySet();

		final Set<String> acknowledgedSignUps = ConcurrentHashMap.newKeySet();

		final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

		final AtomicInteger cutOff = new AtomicInteger();

		private final AppProcess app;

		private final Installation installation;

		private final AtomicInteger acknowledged = new AtomicInteger();

		private final AtomicBoolean stop = new AtomicBoolean();

		private final List<Thread> workers = new ArrayList<>();

		Load(AppProcess app, Installation installation) {
			this.app = app;
			this.installation = installation;
		}

		void start() {
			for (int i = 0; i < this.installation.colleagues().size(); i++) {
				Colleague colleague = this.installation.colleagues().get(i);
				Thread worker = new Thread(() -> work(colleague), "colleague-" + i);
				worker.setDaemon(true);
				this.workers.add(worker);
				worker.start();
			}
		}

		void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (this.acknowledged.get() < count && System.nanoTime() < deadline && this.failures.isEmpty()) {
				Thread.sleep(20);
			}
			assertThat(this.failures).as("unexpected answers during the load").isEmpty();
			assertThat(this.acknowledged.get()).as("acknowledged writes before the kill").isGreaterThanOrEqualTo(count);
		}

		void awaitWorkers() throws InterruptedException {
			this.stop.set(true);
			for (Thread worker : this.workers) {
				worker.join(TimeUnit.SECONDS.toMillis(40));
				assertThat(worker.isAlive()).as("%s stopped", worker.getName()).isFalse();
			}
		}

		private void work(Colleague colleague) {
			WebUser user = new WebUser(this.app);
			try {
				user.signIn(colleague.email(), TestAccounts.PASSWORD);
				String csrf = user.csrfFrom("/shoutouts/new");
				for (int i = 0; i < 2_000 && !this.stop.get(); i++) {
					if (i % 2 == 0) {
						postShoutOut(user, csrf);
					}
					else {
						signUp(user, csrf, colleague, this.installation.activityIds().get((i / 2) % ACTIVITIES));
					}
				}
			}
			catch (IOException ex) {
				// The app was killed under this request: it may or may not have been
				// saved, but it was never acknowledged.
				this.cutOff.incrementAndGet();
			}
			catch (RuntimeException | AssertionError ex) {
				this.failures.add(colleague.email() + ": " + ex);
			}
		}

		private void postShoutOut(WebUser user, String csrf) throws IOException {
			String token = TOKEN_PREFIX + UUID.randomUUID();
			List<Long> recipients = this.installation.recipientIds();
			this.attemptedShoutOuts.add(token);
			HttpResponse<String> response = user.post("/shoutouts", csrf, "recipientIds",
					String.valueOf(recipients.get(token.hashCode() & 1)), "valueId",
					String.valueOf(this.installation.valueId()), "message", "Thank you for staying up late, " + token,
					"submissionKey", UUID.randomUUID().toString());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() == 302 && SHOUT_OUT_PAGE.matcher(location).find()) {
				this.acknowledgedShoutOuts.add(token);
				this.acknowledged.incrementAndGet();
			}
			else {
				this.failures.add("shout-out: " + response.statusCode() + " " + location);
			}
		}

		private void signUp(WebUser user, String csrf, Colleague colleague, long activityId) throws IOException {
			HttpResponse<String> response = user.post("/activities/" + activityId + "/signup", csrf);
			String location = response.headers().firstValue("Location").orElse("");
			// A refused sign-up (cancelled or past activity) also comes back to the
			// activity, but cannot happen here: the activities are a month ahead.
			if (response.statusCode() == 302 && location.endsWith("/activities/" + activityId)) {
				this.acknowledgedSignUps.add(colleague.email() + " on " + activityId);
				this.acknowledged.incrementAndGet();
			}
			else {
				this.failures.add("sign-up: " + response.statusCode() + " " + location);
			}
		}

	}

}
