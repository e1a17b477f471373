package org.serviceweek.wall.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shared.StatementCounting;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.wall.ScreenSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Office screens poll with the ETag they have: an unchanged wall is a 304 that costs no
 * database statement, a change is a new document with a new ETag.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class ScreenPollingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScreenSnapshots screens;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@org.junit.jupiter.api.BeforeEach
	void installed() {
		// Until the first administrator exists every address leads to the setup page.
		this.testAccounts.signedIn(Role.ADMIN);
	}

	@Test
	void anUnchangedWallIsNotModifiedAndCostsNoStatement() throws Exception {
		String etag = poll(null).getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"").endsWith("\"");

		StatementCounting.reset();
		MockHttpServletResponse unchanged = poll(etag);

		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(unchanged.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(StatementCounting.count()).as("SQL statements for a 304 poll").isZero();
		assertThat(unchanged.getHeader(HttpHeaders.SET_COOKIE)).as("no session for screens").isNull();
		assertThat(poll(etag.substring(2)).getStatus()).as("strong form of the same tag").isEqualTo(304);
		assertThat(poll("\"other\", " + etag).getStatus()).as("one of several tags").isEqualTo(304);
		// The counter does count: rebuilding the document reads the database.
		StatementCounting.reset();
		this.screens.refresh();
		assertThat(StatementCounting.count()).isPositive();
	}

	@Test
	void anApprovalChangesTheDocumentAndItsTag() throws Exception {
		String before = poll(null).getHeader(HttpHeaders.ETAG);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person author = person("Poll Author", true);
		Person to = person("Poll Person", true);
		ShoutOut shoutOut = this.shoutOuts.post(author.getId(), new NewShoutOut(List.of(to.getId()), null,
				this.values.add("Poll " + UUID.randomUUID(), null).getId(), "NEWLY-APPROVED", true, null));

		this.moderation.approve(shoutOut.getId(), manager.getPersonId(), null, null);

		MockHttpServletResponse changed = poll(before);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(changed.getContentAsString()).contains("NEWLY-APPROVED");
		assertThat(changed.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache");
	}

	@Test
	void theSameContentGivesTheSameTagOnEveryInstance() {
		ScreenSnapshots.Snapshot first = this.screens.refresh();
		ScreenSnapshots.Snapshot again = this.screens.refresh();

		assertThat(again.etag()).isEqualTo(first.etag());
		assertThat(again.json()).isEqualTo(first.json());
	}

	@Test
	void aShoutOutToSeveralPeopleNamesThemInOneOrderSoTheTagStaysTheSame() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		String marker = UUID.randomUUID().toString();
		Person author = person("Poll Author", true);
		// Written in an order that is not the alphabet's; the fourth is counted, not
		// named.
		List<Long> to = List.of(person("Dara " + marker, true).getId(), person("Bea " + marker, true).getId(),
				person("Cy " + marker, true).getId(), person("Abe " + marker, true).getId());
		ShoutOut shoutOut = this.shoutOuts.post(author.getId(), new NewShoutOut(to, null,
				this.values.add("Poll " + UUID.randomUUID(), null).getId(), "FOUR-AT-ONCE", true, null));
		this.moderation.approve(shoutOut.getId(), manager.getPersonId(), null, null);

		ScreenSnapshots.Snapshot first = this.screens.refresh();
		for (int rebuild = 0; rebuild < 10; rebuild++) {
			// Each rebuild loads the recipients afresh.
			assertThat(this.screens.refresh().etag()).as("tag after rebuild %d", rebuild).isEqualTo(first.etag());
		}
		assertThat(first.json()).contains("\"Abe " + marker + ", Bea " + marker + ", Cy " + marker + "\"");
		MockHttpServletResponse unchanged = poll(first.etag());
		assertThat(unchanged.getStatus()).isEqualTo(304);
	}

	@Test
	void aScreenOpenedBySomeoneSignedInPollsWithoutReadingTheirSession() throws Exception {
		String etag = poll(null).getHeader(HttpHeaders.ETAG);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Cookie[] signedIn = this.mvc.perform(formLogin().user(manager.getUsername()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookies();
		assertThat(signedIn).as("the session cookie").isNotEmpty();

		StatementCounting.reset();
		MockHttpServletResponse unchanged = this.mvc
			.perform(get("/wall/screen/data").cookie(signedIn).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();

		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(StatementCounting.count()).as("SQL statements for a signed-in screen's 304 poll").isZero();
		// The session is there: a changed document reads it as every other page does.
		StatementCounting.reset();
		assertThat(
				this.mvc.perform(get("/wall/screen/data").cookie(signedIn).header(HttpHeaders.IF_NONE_MATCH, "\"old\""))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(200);
		assertThat(StatementCounting.count()).as("SQL statements for a signed-in screen's 200").isPositive();
	}

	@Test
	void anUnchangedPollCarriesTheSameSecurityAndCacheHeadersAsTheDocument() throws Exception {
		MockHttpServletResponse document = this.mvc.perform(get("/wall/screen/data").secure(true))
			.andReturn()
			.getResponse();
		String etag = document.getHeader(HttpHeaders.ETAG);

		for (String method : List.of("GET", "HEAD")) {
			MockHttpServletResponse unchanged = this.mvc
				.perform(request(HttpMethod.valueOf(method), "/wall/screen/data").secure(true)
					.header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();

			assertThat(unchanged.getStatus()).as(method).isEqualTo(304);
			for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-XSS-Protection",
					"X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security",
					HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG, "X-Request-Id")) {
				assertThat(document.getHeaders(header)).as("%s on the document", header).isNotEmpty();
				if (!header.equals("X-Request-Id")) {
					assertThat(unchanged.getHeaders(header)).as("%s %s on the 304", method, header)
						.isEqualTo(document.getHeaders(header));
				}
				else {
					assertThat(unchanged.getHeaders(header)).as("%s %s on the 304", method, header).hasSize(1);
				}
			}
		}
		assertThat(poll("W/\"other\"").getStatus()).as("another tag").isEqualTo(200);
	}

	private MockHttpServletResponse poll(String ifNoneMatch) throws Exception {
		var request = get("/wall/screen/data");
		if (ifNoneMatch != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Person person(String name, boolean consent) {
		return this.people
			.add(new PersonDetails(name, "p." + UUID.randomUUID() + "@example.com", "Agent", null, null, consent));
	}

}
