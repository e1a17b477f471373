package org.serviceweek.operations.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.operations.OperationsTest;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.Audited.Action;
import org.serviceweek.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Administrators read the audit log at {@code /admin/audit}: newest first, times in the
 * app's zone, filtered by kind, words and days, fifty to a page.
 */
@OperationsTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MutableClock clock;

	private SignedInAccount admin;

	/** Words only this test's entries contain. */
	private String marker;

	@BeforeEach
	void signInAnAdministrator() {
		this.admin = this.testAccounts.signedIn(Role.ADMIN);
		this.marker = "marker" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void showsTheNewestFirstWithTimesInTheAppsZone() throws Exception {
		// 08:30 and 09:30 in Berlin (summer time).
		this.clock.set(Instant.parse("2026-10-05T06:30:00Z"));
		record(Action.SIGNED_IN, "first " + this.marker);
		this.clock.advance(Duration.ofHours(1));
		record(Action.INDUCTED, "second " + this.marker);

		String html = page(get("/admin/audit").param("q", this.marker));

		assertThat(html).contains("When (Europe/Berlin)")
			.contains("5 Oct 2026, 09:30:00")
			.contains("5 Oct 2026, 08:30:00")
			.contains("Inducted into the wall of fame")
			.contains("audit.person@example.com");
		assertThat(html.indexOf("second " + this.marker)).isLessThan(html.indexOf("first " + this.marker));
		assertThat(html.indexOf("09:30:00")).isLessThan(html.indexOf("08:30:00"));
	}

	@Test
	void filtersByWhatHappenedByWordsAndByDays() throws Exception {
		this.clock.set(Instant.parse("2026-10-05T10:00:00Z"));
		record(Action.ROLE_CHANGED, "monday " + this.marker);
		this.clock.set(Instant.parse("2026-10-06T10:00:00Z"));
		record(Action.EXPORTED, "tuesday " + this.marker);
		// 23:30 on Tuesday in Berlin, already Tuesday 21:30 in UTC.
		this.clock.set(Instant.parse("2026-10-06T21:30:00Z"));
		record(Action.ROLE_CHANGED, "tuesday night " + this.marker);

		assertThat(page(get("/admin/audit").param("q", this.marker).param("action", "ROLE_CHANGED")))
			.contains("monday " + this.marker)
			.contains("tuesday night " + this.marker)
			.doesNotContain("tuesday " + this.marker + "<")
			.contains("2 entries match");
		assertThat(page(get("/admin/audit").param("q", this.marker.toUpperCase())
			.param("from", "2026-10-06")
			.param("to", "2026-10-06"))).doesNotContain("monday " + this.marker)
			.contains("tuesday " + this.marker)
			.contains("tuesday night " + this.marker);
		assertThat(page(get("/admin/audit").param("q", this.marker).param("to", "2026-10-05")))
			.contains("monday " + this.marker)
			.doesNotContain("tuesday");
		assertThat(page(get("/admin/audit").param("q", this.marker + "-nothing")))
			.contains("No entries match this filter.");
	}

	@Test
	void aDayThatIsNotADateOrEndsBeforeItStartsIsSaidBesideTheField() throws Exception {
		record(Action.EXPORTED, "any " + this.marker);

		assertThat(page(get("/admin/audit").param("from", "2026-13-45").param("q", this.marker)))
			.contains("id=\"from-error\"")
			.contains("any " + this.marker);
		assertThat(
				page(get("/admin/audit").param("from", "2026-10-06").param("to", "2026-10-05").param("q", this.marker)))
			.contains("The last day comes before the first day.")
			.contains("any " + this.marker);
		assertThat(page(get("/admin/audit").param("action", "NO_SUCH_THING").param("q", this.marker)))
			.contains("id=\"action-error\"")
			.contains("any " + this.marker);
	}

	@Test
	void pagesOfFiftyKeepTheFilters() throws Exception {
		for (int i = 0; i < 51; i++) {
			record(Action.EXPORTED, "row " + this.marker);
		}

		String first = page(get("/admin/audit").param("q", this.marker));
		String second = page(get("/admin/audit").param("q", this.marker).param("page", "1"));
		String pastTheEnd = page(get("/admin/audit").param("q", this.marker).param("page", "7"));

		assertThat(occurrences(first, "row " + this.marker)).isEqualTo(50);
		assertThat(first).contains("/admin/audit?q=" + this.marker + "&amp;page=1").contains("Page 1 of 2");
		assertThat(occurrences(second, "row " + this.marker)).isEqualTo(1);
		assertThat(occurrences(pastTheEnd, "row " + this.marker)).isEqualTo(1);
	}

	@Test
	void whatWasRecordedIsShownAsTextNeverAsMarkup() throws Exception {
		record(Action.SHOUT_OUT_REJECTED, "<script>alert('" + this.marker + "')</script>");

		assertThat(page(get("/admin/audit").param("q", this.marker)))
			.contains("&lt;script&gt;alert(&#39;" + this.marker + "&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert(");
	}

	@Test
	void speaksThePersonsLanguageAndExplainsHowSomeoneSignedIn() throws Exception {
		this.events.publishEvent(new Audited(Action.SIGNED_IN, null, "password", this.marker + "@example.com"));
		this.events.publishEvent(new Audited(Action.SIGN_IN_FAILED, null, "Locked", this.marker + "@example.com"));

		assertThat(page(get("/admin/audit").param("q", this.marker))).contains("with a password")
			.contains("paused after too many failures");
		assertThat(page(get("/admin/audit").param("q", this.marker).locale(java.util.Locale.GERMAN)))
			.contains("<h1>Audit-Protokoll</h1>")
			.contains("Angemeldet")
			.contains("mit Passwort")
			.contains("Anmeldung abgewiesen");
	}

	@Test
	void theNavigationLinksTheAuditLogForAdministratorsOnly() throws Exception {
		assertThat(page(get("/admin/audit"))).contains("href=\"/admin/audit\"");
		assertThat(this.mvc.perform(get("/people").with(user(this.testAccounts.signedIn(Role.MANAGER))))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/admin/audit");
	}

	private void record(Action action, String target) {
		this.events.publishEvent(new Audited(action, target, "detail", "audit.person@example.com"));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request.with(user(this.admin))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
