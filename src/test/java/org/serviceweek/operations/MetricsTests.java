package org.serviceweek.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.Deliveries;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Prometheus reads {@code /actuator/prometheus} with the configured token, an
 * administrator can look at it, nobody else; and the app's own counters go up when people
 * really do things.
 */
@OperationsTest
class MetricsTests {

	private static final String PROMETHEUS = "/actuator/prometheus";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	WeekPlanner planner;

	@Autowired
	ActivitySignUps signUps;

	@Autowired
	Deliveries deliveries;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aScraperWithoutCredentialsIsAskedForABearerToken() throws Exception {
		MvcResult result = this.mvc.perform(get(PROMETHEUS)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(result.getRequest().getSession(false)).as("no session for a scraper").isNull();
	}

	@Test
	void staffAndManagersMayNotReadTheMetrics() throws Exception {
		for (Role role : List.of(Role.STAFF, Role.MANAGER)) {
			int status = this.mvc.perform(get(PROMETHEUS).with(user(this.testAccounts.signedIn(role))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(role.name()).isEqualTo(403);
		}
	}

	@Test
	void anAdministratorAndTheConfiguredTokenReadTheMetrics() throws Exception {
		MvcResult asAdmin = this.mvc.perform(get(PROMETHEUS).with(user(this.testAccounts.signedIn(Role.ADMIN))))
			.andReturn();
		MvcResult withToken = this.mvc
			.perform(get(PROMETHEUS).header("Authorization", "Bearer " + OperationsTest.METRICS_TOKEN))
			.andReturn();

		for (MvcResult result : List.of(asAdmin, withToken)) {
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("serviceweek_shoutouts_posted_total")
				.contains("serviceweek_shoutouts_moderated_total{decision=\"approved\"}")
				.contains("serviceweek_activity_signups_total{status=\"waiting\"}")
				.contains("serviceweek_activity_signup_cancellations_total")
				.contains("serviceweek_notifications_sent_total{channel=\"email\"}")
				.contains("serviceweek_notifications_failed_total{channel=\"webhook\"}")
				.contains("jvm_memory_used_bytes");
		}
		assertThat(withToken.getRequest().getSession(false)).as("no session for a scraper").isNull();
	}

	@Test
	void aWrongTokenIsRefusedAndTheTokenOpensNothingElse() throws Exception {
		for (String header : List.of("Bearer not-the-token", "Bearer " + OperationsTest.METRICS_TOKEN + "x",
				"Bearer ")) {
			MvcResult result = this.mvc.perform(get(PROMETHEUS).header("Authorization", header)).andReturn();
			assertThat(result.getResponse().getStatus()).as(header).isEqualTo(401);
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("invalid_token");
		}
		// Even with an administrator's session, a wrong token is a wrong token.
		assertThat(this.mvc
			.perform(get(PROMETHEUS).header("Authorization", "Bearer wrong")
				.with(user(this.testAccounts.signedIn(Role.ADMIN))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.mvc
			.perform(get("/actuator/metrics").header("Authorization", "Bearer " + OperationsTest.METRICS_TOKEN))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void anAdministratorWhoWasDisabledNoLongerReadsTheMetrics() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount otherAdmin = this.testAccounts.signedIn(Role.ADMIN);
		this.accounts.changeEnabled(admin.getAccountId(), false, otherAdmin);

		assertThat(this.mvc.perform(get(PROMETHEUS).with(user(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void postingAShoutOutCountsIt() throws Exception {
		double before = counter("serviceweek_shoutouts_posted_total", "");

		thank(false);

		assertThat(counter("serviceweek_shoutouts_posted_total", "")).isEqualTo(before + 1);
	}

	@Test
	void aShoutOutThatIsRolledBackIsNotCounted() throws Exception {
		double before = counter("serviceweek_shoutouts_posted_total", "");

		this.transactions.executeWithoutResult((status) -> {
			thank(false);
			status.setRollbackOnly();
		});

		assertThat(counter("serviceweek_shoutouts_posted_total", "")).isEqualTo(before);
	}

	@Test
	void moderationDecisionsAreCountedByDecision() throws Exception {
		long manager = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		double approved = counter("serviceweek_shoutouts_moderated_total", "decision=\"approved\"");
		double rejected = counter("serviceweek_shoutouts_moderated_total", "decision=\"rejected\"");

		this.moderation.approve(thank(true), manager, null, null);
		this.moderation.reject(thank(true), manager, "Please keep names of customers out of it.");
		this.moderation.reject(thank(true), manager, "Not for the wall.");

		assertThat(counter("serviceweek_shoutouts_moderated_total", "decision=\"approved\"")).isEqualTo(approved + 1);
		assertThat(counter("serviceweek_shoutouts_moderated_total", "decision=\"rejected\"")).isEqualTo(rejected + 2);
	}

	@Test
	void signUpsAndTheirCancellationsAreCounted() throws Exception {
		this.planner.startPlanning(2092, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate monday = this.planner.get(2092).getStartsOn();
		long quiz = this.planner
			.addActivity(2092,
					new ActivityDetails(monday, LocalTime.of(9, 0), LocalTime.of(10, 0), "Quiz with one place",
							ActivityKind.TEAM_BUILDING, null, null, null, null, 1, null))
			.getId();
		double places = counter("serviceweek_activity_signups_total", "status=\"place\"");
		double waiting = counter("serviceweek_activity_signups_total", "status=\"waiting\"");
		double cancelled = counter("serviceweek_activity_signup_cancellations_total", "");
		long first = this.testAccounts.person("First In Line").getId();
		long second = this.testAccounts.person("Second In Line").getId();

		this.signUps.signUp(quiz, first);
		this.signUps.signUp(quiz, second);
		// Signing up again changes nothing, and counts nothing.
		this.signUps.signUp(quiz, second);
		this.signUps.withdraw(quiz, first);

		assertThat(counter("serviceweek_activity_signups_total", "status=\"place\"")).isEqualTo(places + 1);
		assertThat(counter("serviceweek_activity_signups_total", "status=\"waiting\"")).isEqualTo(waiting + 1);
		assertThat(counter("serviceweek_activity_signup_cancellations_total", "")).isEqualTo(cancelled + 1);
	}

	@Test
	void sentAndFailedDeliveriesAreCountedByChannel() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			double sent = counter("serviceweek_notifications_sent_total", "channel=\"webhook\"");
			double failed = counter("serviceweek_notifications_failed_total", "channel=\"webhook\"");

			this.deliveries.queueWebhook("http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "{}");
			this.deliveries.queueWebhook("http://127.0.0.1:" + closedPort() + "/hook", "{}");
			this.deliveries.sendDue();

			assertThat(counter("serviceweek_notifications_sent_total", "channel=\"webhook\"")).isEqualTo(sent + 1);
			assertThat(counter("serviceweek_notifications_failed_total", "channel=\"webhook\"")).isEqualTo(failed + 1);
		}
		finally {
			server.stop(0);
		}
	}

	private long thank(boolean wantsPublic) {
		long author = this.testAccounts.person("Grateful Colleague").getId();
		long recipient = this.testAccounts.person("Helpful Colleague").getId();
		long value = this.values.add("Metrics value " + System.nanoTime(), null).getId();
		return this.shoutOuts
			.post(author,
					new NewShoutOut(List.of(recipient), null, value, "Thank you for the help!", wantsPublic, null))
			.getId();
	}

	/** A counter's value as Prometheus reads it (with the token). */
	private double counter(String name, String labels) throws Exception {
		String scraped = this.mvc
			.perform(get(PROMETHEUS).header("Authorization", "Bearer " + OperationsTest.METRICS_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Pattern line = Pattern
			.compile(
					"^" + Pattern.quote(name)
							+ (labels.isEmpty() ? "" : "\\{[^}]*?" + Pattern.quote(labels) + "[^}]*\\}") + " (\\S+)$",
					Pattern.MULTILINE);
		Matcher matcher = line.matcher(scraped);
		assertThat(matcher.find()).as("%s{%s} in%n%s", name, labels, scraped).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
