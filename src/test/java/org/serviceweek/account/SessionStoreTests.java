package org.serviceweek.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.shared.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in page reads its session from the database but writes its last access back
 * only once a minute ({@code serviceweek.sessions.last-access-interval}); everything else
 * about sessions stays as it was: changes are written at once and an idle session still
 * ends after its timeout.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class SessionStoreTests {

	private static final long TWO_MINUTES = Duration.ofMinutes(2).toMillis();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aPageSoonAfterTheLastWriteReadsTheSessionWithoutWritingIt() throws Exception {
		Cookie session = signedIn();
		long stored = lastAccess(session);

		StatementCounting.reset();
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		assertThat(StatementCounting.statements()).map((sql) -> sql.toLowerCase(Locale.ROOT))
			.anyMatch((sql) -> sql.contains("from spring_session"))
			.noneMatch((sql) -> sql.contains("update spring_session"));
		assertThat(lastAccess(session)).isEqualTo(stored);
	}

	@Test
	void aPageReadsItsSessionOnceThoughSpringSessionSavesItTwice() throws Exception {
		Cookie session = signedIn();
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		StatementCounting.reset();
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		assertThat(StatementCounting.statements()).map((sql) -> sql.toLowerCase(Locale.ROOT))
			.filteredOn((sql) -> sql.contains("from spring_session"))
			.hasSize(1);
	}

	@Test
	void aSessionEndedElsewhereIsEndedForTheNextRequest() throws Exception {
		Cookie session = signedIn();
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		// Signed out on another instance, or deleted there when it expired.
		this.jdbc.update("delete from spring_session where session_id = ?", id(session));

		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPageAMinuteOrMoreAfterTheLastWriteRecordsTheAccessAndMovesTheExpiry() throws Exception {
		Cookie session = signedIn();
		this.jdbc.update("update spring_session set last_access_time = last_access_time - ?,"
				+ " expiry_time = expiry_time - ? where session_id = ?", TWO_MINUTES, TWO_MINUTES, id(session));
		long requestedAt = System.currentTimeMillis();

		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		long written = lastAccess(session);
		assertThat(written).isGreaterThanOrEqualTo(requestedAt);
		assertThat(expiry(session)).isEqualTo(written + timeout(session));
	}

	@Test
	void anIdleSessionStillEndsAfterItsTimeout() throws Exception {
		Cookie session = signedIn();
		long idle = timeout(session) + TWO_MINUTES;
		this.jdbc.update("update spring_session set last_access_time = last_access_time - ?,"
				+ " expiry_time = expiry_time - ? where session_id = ?", idle, idle, id(session));

		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changesWithinTheMinuteAreWrittenAtOnce() {
		assertThat(attributeAfterAQuickSecondRequest(this.sessions)).isEqualTo("Saved.");
	}

	@Test
	void aSessionWithATimeoutShorterThanTheIntervalRecordsItsAccessesInTime() {
		assertThat(storedAccessAfterFortySecondsOfAOneMinuteSession(this.sessions)).isEqualTo(Duration.ofSeconds(40));
	}

	@Test
	void aSessionSavedThenGivenANewIdAndDeletedIsNotFoundByItsOldIdInTheSameRequest() throws Exception {
		String[] found = new String[1];
		OneSessionReadPerRequest.scope()
			.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
					(request, response) -> found[0] = idFoundByOldIdAfterIdChangeAndDelete(this.sessions));

		assertThat(found[0]).isNotEqualTo("the new id");
	}

	/**
	 * A session with a one-minute timeout (shorter than twice the interval), read again
	 * 40 seconds after it was written: how much later its stored last access is.
	 */
	private static <S extends Session> Duration storedAccessAfterFortySecondsOfAOneMinuteSession(
			SessionRepository<S> sessions) {
		S created = sessions.createSession();
		created.setMaxInactiveInterval(Duration.ofMinutes(1));
		sessions.save(created);
		S next = sessions.findById(created.getId());
		Instant stored = next.getLastAccessedTime();
		next.setLastAccessedTime(stored.plusSeconds(40));
		sessions.save(next);

		Duration later = Duration.between(stored, sessions.findById(created.getId()).getLastAccessedTime());
		sessions.deleteById(created.getId());
		return later;
	}

	/**
	 * Within one request: a session saved, given a new id (as at sign-in) and deleted
	 * under it (as at sign-out), then looked up by the old id: which id comes back ("the
	 * new id" if the deleted session itself does).
	 */
	private static <S extends Session> String idFoundByOldIdAfterIdChangeAndDelete(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		String oldId = session.getId();
		String newId = session.changeSessionId();
		sessions.deleteById(newId);

		S found = sessions.findById(oldId);
		String foundId = (found != null) ? found.getId() : null;
		sessions.deleteById(oldId);
		return newId.equals(foundId) ? "the new id" : foundId;
	}

	/**
	 * A session written, read again five seconds later (as the next request would), given
	 * an attribute (a flash message) and saved.
	 */
	private static <S extends Session> String attributeAfterAQuickSecondRequest(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S next = sessions.findById(created.getId());
		next.setLastAccessedTime(next.getLastAccessedTime().plusSeconds(5));
		next.setAttribute("flash", "Saved.");
		sessions.save(next);

		String kept = sessions.findById(created.getId()).getAttribute("flash");
		sessions.deleteById(created.getId());
		return kept;
	}

	private Cookie signedIn() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Cookie session = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", staff.getUsername())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookies()[0];
		assertThat(session).as("the session cookie").isNotNull();
		return session;
	}

	private long lastAccess(Cookie session) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				id(session));
	}

	private long expiry(Cookie session) {
		return this.jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class,
				id(session));
	}

	private long timeout(Cookie session) {
		return 1000L * this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, id(session));
	}

	/** Spring Session's cookie carries the session id in Base64. */
	private static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}

}
