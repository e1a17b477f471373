package org.serviceweek.operations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.KeyValuePair;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every request has an id that the response returns and every log line of the request
 * carries, and one access log line that says what was asked, how it went and by which
 * account, without query strings or secret links.
 */
@OperationsTest
class RequestLoggingTests {

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	private final Capture access = new Capture();

	private final Capture app = new Capture();

	private Level accessLevel;

	@BeforeEach
	void captureLogs() {
		if (!this.accounts.isInstalled()) {
			// Until then every page leads to the setup page.
			this.testAccounts.signedIn(Role.ADMIN);
		}
		Logger accessLogger = logger(RequestLogging.ACCESS_LOGGER);
		this.accessLevel = accessLogger.getLevel();
		accessLogger.setLevel(Level.INFO);
		this.access.attachTo(accessLogger);
		this.app.attachTo(logger("org.serviceweek.operations.test"));
	}

	@AfterEach
	void stopCapturing() {
		this.access.detach();
		this.app.detach();
		logger(RequestLogging.ACCESS_LOGGER).setLevel(this.accessLevel);
	}

	@Test
	void accessLinesAreWrittenFromABackgroundQueueToTheSameAppendersAsEveryOtherLine() {
		Logger access = logger(RequestLogging.ACCESS_LOGGER);
		Logger root = logger(Logger.ROOT_LOGGER_NAME);

		assertThat(access.getAppender(AccessLogInTheBackground.NAME)).isInstanceOfSatisfying(AsyncAppender.class,
				(background) -> {
					assertThat(background.isStarted()).isTrue();
					assertThat(background.isNeverBlock()).isTrue();
					root.iteratorForAppenders()
						.forEachRemaining((appender) -> assertThat(background.getAppender(appender.getName()))
							.isSameAs(appender));
				});
		assertThat(access.isAdditive()).as("written once, not a second time by the root's appenders").isFalse();
	}

	@Test
	void aSaneIncomingRequestIdIsKeptReturnedAndOnTheAccessLogLine() throws Exception {
		MvcResult result = this.mvc.perform(get("/login").header("X-Request-Id", "lb-7f3a-2026-0001")).andReturn();

		assertThat(result.getResponse().getHeader("X-Request-Id")).isEqualTo("lb-7f3a-2026-0001");
		ILoggingEvent line = this.access.single();
		assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "lb-7f3a-2026-0001");
		assertThat(pairs(line)).containsEntry("http.method", "GET")
			.containsEntry("http.path", "/login")
			.containsEntry("http.status", 200)
			.containsKey("http.durationMs")
			.doesNotContainKey("accountId");
		assertThat(line.getFormattedMessage()).startsWith("GET /login 200 ");
		assertThat(MDC.get("requestId")).as("nothing left behind in the MDC").isNull();
	}

	@Test
	void aRequestWithoutAnIdOrWithAnOddOneGetsANewOne() throws Exception {
		for (String incoming : new String[] { null, "", "short", "line\nbreak-injected-here", "x".repeat(65),
				"spaces are not allowed" }) {
			var request = get("/login");
			if (incoming != null) {
				request.header("X-Request-Id", incoming);
			}
			String id = this.mvc.perform(request).andReturn().getResponse().getHeader("X-Request-Id");
			assertThat(id).as(String.valueOf(incoming)).matches(UUID_PATTERN);
		}
	}

	@Test
	void theAccessLogLineNamesTheSignedInAccount() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(get("/people").with(user(staff))).andReturn();
		this.mvc.perform(get("/admin/audit").with(user(staff))).andReturn();

		assertThat(this.access.events).hasSize(2);
		assertThat(pairs(this.access.events.get(0))).containsEntry("accountId", staff.getAccountId())
			.containsEntry("http.status", 200);
		// Refused by the security filters: still known from the session.
		assertThat(pairs(this.access.events.get(1))).containsEntry("accountId", staff.getAccountId())
			.containsEntry("http.status", 403);
	}

	@Test
	void queryStringsAndSecretLinksStayOutOfTheAccessLog() throws Exception {
		String token = "Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw";

		this.mvc.perform(get("/invitations/" + token)).andReturn();
		this.mvc.perform(get("/calendar/feeds/" + token + "/mine.ics")).andReturn();
		this.mvc.perform(get("/wall").param("q", "private words")).andReturn();

		assertThat(this.access.events).extracting((event) -> pairs(event).get("http.path"))
			.containsExactly("/invitations/***", "/calendar/feeds/***/mine.ics", "/wall");
		assertThat(this.access.events).allSatisfy(
				(event) -> assertThat(event.getFormattedMessage()).doesNotContain(token).doesNotContain("private"));
	}

	@Test
	void whatTheAppLogsWhileARequestRunsCarriesItsId() throws Exception {
		RequestLogging.RequestIdFilter filter = new RequestLogging.RequestIdFilter();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/today");
		request.addHeader("X-Request-Id", "probe-0000-0042");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, (req, res) -> LoggerFactory.getLogger("org.serviceweek.operations.test")
			.info("Working on the request"));

		assertThat(this.app.single().getMDCPropertyMap()).containsEntry("requestId", "probe-0000-0042");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("probe-0000-0042");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void structuredJsonLogsHaveTheRequestIdAsAField() throws Exception {
		this.mvc.perform(get("/login").header("X-Request-Id", "json-check-0001")).andReturn();
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(),
				new MockEnvironment().withProperty("spring.application.name", "serviceweek"));
		StructuredLogEncoder ecs = new StructuredLogEncoder();
		ecs.setContext(context);
		ecs.setFormat("ecs");
		ecs.start();

		String json = new String(ecs.encode(this.access.single()), StandardCharsets.UTF_8);

		assertThat(json).contains("\"requestId\":\"json-check-0001\"")
			.contains("\"message\":\"GET /login 200 ")
			.contains("\"http\":{\"method\":\"GET\",\"path\":\"/login\",\"status\":200,");
	}

	private static Logger logger(String name) {
		return (Logger) LoggerFactory.getLogger(name);
	}

	private static Map<String, Object> pairs(ILoggingEvent event) {
		Map<String, Object> pairs = new java.util.HashMap<>();
		List<KeyValuePair> list = event.getKeyValuePairs();
		if (list != null) {
			list.forEach((pair) -> pairs.put(pair.key, pair.value));
		}
		return pairs;
	}

	/** Keeps the events of one logger, with their MDC as it was when they were logged. */
	static final class Capture extends AppenderBase<ILoggingEvent> {

		final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

		private Logger logger;

		void attachTo(Logger logger) {
			this.logger = logger;
			setContext(logger.getLoggerContext());
			start();
			logger.addAppender(this);
		}

		void detach() {
			this.logger.detachAppender(this);
			stop();
		}

		ILoggingEvent single() {
			assertThat(this.events).hasSize(1);
			return this.events.get(0);
		}

		@Override
		protected void append(ILoggingEvent event) {
			event.prepareForDeferredProcessing();
			this.events.add(event);
		}

	}

}
