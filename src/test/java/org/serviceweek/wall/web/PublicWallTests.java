package org.serviceweek.wall.web;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.fame.Induction;
import org.serviceweek.fame.InductionRequest;
import org.serviceweek.fame.WallOfFame;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What visitors see: only approved shout-outs about people who agreed to be shown, and
 * inductees who agreed, on every public surface (the wall, each card's page and its
 * preview tags, the feed, the office screen). Asserted on the raw HTML, XML and JSON.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class PublicWallTests {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	WallOfFame fame;

	@Autowired
	ScreenSnapshots screens;

	private SignedInAccount manager;

	private long value;

	private ShoutOut approved;

	private ShoutOut edited;

	private List<ShoutOut> neverShown;

	private Induction publicInductee;

	private Induction privateInductee;

	@BeforeEach
	void createTheWall() {
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.value = this.values.add("Care " + tag, null).getId();
		Person author = person("Writer " + tag, true);
		Person shown = person("Shown " + tag, true);
		Person hidden = person("Private " + tag, false);
		this.approved = post(author, shown, "APPROVED-" + tag, true);
		this.edited = post(author, shown, "ORIGINAL-WORDS-" + tag, true);
		ShoutOut pending = post(author, shown, "PENDING-" + tag, true);
		ShoutOut rejected = post(author, shown, "REJECTED-" + tag, true);
		ShoutOut internal = post(author, shown, "INTERNAL-" + tag, false);
		ShoutOut noConsent = post(author, hidden, "NO-CONSENT-" + tag, true);
		ShoutOut reported = post(author, shown, "REPORTED-" + tag, true);
		ShoutOut hiddenByManager = post(author, shown, "HIDDEN-" + tag, true);
		approve(this.approved, null);
		approve(this.edited, "EDITED-FOR-THE-WALL-" + tag);
		this.moderation.reject(rejected.getId(), this.manager.getPersonId(), "Not for the wall");
		approve(noConsent, null);
		approve(reported, null);
		this.shoutOuts.report(reported.getId(), author.getId(), "Wrong person");
		approve(hiddenByManager, null);
		this.shoutOuts.hide(hiddenByManager.getId(), this.manager.getPersonId());
		this.neverShown = List.of(pending, rejected, internal, noConsent, reported, hiddenByManager);
		long category = this.fame.activeCategories().get(0).getId();
		this.publicInductee = this.fame.induct(this.manager.getPersonId(), new InductionRequest(shown.getId(), category,
				2026, "PUBLIC-CITATION-" + tag, List.of(this.approved.getId(), pending.getId())));
		this.privateInductee = this.fame.induct(this.manager.getPersonId(),
				new InductionRequest(hidden.getId(), category, 2026, "PRIVATE-CITATION-" + tag, List.of()));
		this.screens.refresh();
	}

	@Test
	void theWallShowsApprovedConsentedShoutOutsAndInducteesOnly() throws Exception {
		String wall = page("/wall?q=" + tagOf(this.approved));

		assertThat(wall).contains(this.approved.getMessage(), "EDITED-FOR-THE-WALL-").doesNotContain("ORIGINAL-WORDS-");
		assertNeverShown(wall);
		String firstPage = page("/wall");
		assertThat(firstPage).contains(this.publicInductee.getCitation())
			.doesNotContain(this.privateInductee.getCitation());
		assertNeverShown(firstPage);
	}

	@Test
	void aWallPageKeptInMemoryComesWithTheHeadersOfOneRendered() throws Exception {
		String address = "/wall?q=" + tagOf(this.approved);
		MockHttpServletResponse rendered = visit(address);
		StatementCounting.reset();
		MockHttpServletResponse kept = visit(address);

		assertThat(StatementCounting.count()).as("SQL statements for a kept page").isZero();
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString()).contains("lang=\"de\"");
		List<String> perResponse = List.of("X-Request-Id", HttpHeaders.DATE);
		assertThat(kept.getHeaderNames()).containsExactlyInAnyOrderElementsOf(rendered.getHeaderNames())
			.contains("Content-Security-Policy", "Strict-Transport-Security", HttpHeaders.CACHE_CONTROL,
					HttpHeaders.CONTENT_LANGUAGE);
		for (String name : rendered.getHeaderNames()) {
			if (!perResponse.contains(name)) {
				assertThat(kept.getHeaders(name)).as(name).isEqualTo(rendered.getHeaders(name));
			}
		}
		assertThat(kept.getHeader("X-Request-Id")).isNotEqualTo(rendered.getHeader("X-Request-Id"));
		// The HSTS header is for secure requests only: a plain one is a page of its own.
		assertThat(this.mvc.perform(get(address).header(HttpHeaders.ACCEPT_LANGUAGE, "de"))
			.andReturn()
			.getResponse()
			.getHeaderNames()).doesNotContain("Strict-Transport-Security");
	}

	private MockHttpServletResponse visit(String address) throws Exception {
		return this.mvc.perform(get(address).secure(true).header(HttpHeaders.ACCEPT_LANGUAGE, "de"))
			.andReturn()
			.getResponse();
	}

	@Test
	void visitorsMayAskForThePublicPagesWithHeadToo() throws Exception {
		for (String path : new String[] { "/wall", "/wall/fame", "/wall/feed.atom", "/wall/screen/data" }) {
			assertThat(this.mvc.perform(head(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void visitorsSeeAnApprovalAtOnceThoughTheirPageIsKeptAndSignedInPeopleGetTheirOwnPage() throws Exception {
		String kept = page("/wall");
		assertThat(page("/wall")).as("the page kept for visitors").isEqualTo(kept);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		ShoutOut late = post(person("Writer " + tag, true), person("Late " + tag, true), "LATE-APPROVAL-" + tag, true);

		approve(late, null);

		String visitors = page("/wall");
		assertThat(visitors).contains("LATE-APPROVAL-" + tag).doesNotContain("action=\"/logout\"");
		// Signed in as a browser is: with the session cookie the sign-in gave.
		Cookie[] session = this.mvc
			.perform(formLogin().user(this.manager.getUsername()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookies();
		String managers = this.mvc
			.perform(get("/wall").header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(managers).contains("LATE-APPROVAL-" + tag, "action=\"/logout\"");
		assertThat(page("/wall")).as("visitors after a signed-in person's visit").doesNotContain("action=\"/logout\"");
	}

	@Test
	void eachPublicCardHasItsOwnPageWithPreviewTagsAndOthersAreNotFound() throws Exception {
		String card = page("/wall/shoutouts/" + this.edited.getId());

		assertThat(card)
			.contains("<meta property=\"og:title\"", "<meta name=\"twitter:card\"",
					"<meta property=\"og:image\" content=\"http://localhost/img/og-default.png\"",
					"<meta property=\"og:url\" content=\"http://localhost/wall/shoutouts/" + this.edited.getId() + "\"")
			.contains("EDITED-FOR-THE-WALL-")
			.doesNotContain("ORIGINAL-WORDS-");
		for (ShoutOut shoutOut : this.neverShown) {
			String body = this.mvc.perform(get("/wall/shoutouts/" + shoutOut.getId()).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).doesNotContain(shoutOut.getMessage());
		}
	}

	@Test
	void inducteePagesShowOnlyConsentedPeopleAndTheirPublicShoutOuts() throws Exception {
		String page = page("/wall/fame/" + this.publicInductee.getId());

		assertThat(page).contains(this.publicInductee.getCitation(), this.approved.getMessage(), "og:description");
		assertNeverShown(page);
		this.mvc.perform(get("/wall/fame/" + this.privateInductee.getId()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		assertThat(page("/wall/fame")).contains(this.publicInductee.getCitation())
			.doesNotContain(this.privateInductee.getCitation());
	}

	@Test
	void theAtomFeedIsValidAtomWithPublicItemsOnly() throws Exception {
		String xml = this.mvc.perform(get("/wall/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getEntries()).isNotEmpty()
			.allSatisfy((SyndEntry entry) -> assertThat(entry.getUri()).startsWith("http://localhost/wall/"));
		assertThat(xml).contains(this.approved.getMessage(), this.publicInductee.getCitation(), "EDITED-FOR-THE-WALL-")
			.doesNotContain("ORIGINAL-WORDS-", this.privateInductee.getCitation());
		assertNeverShown(xml);
	}

	@Test
	void theOfficeScreenAndItsDataShowPublicItemsOnly() throws Exception {
		String screen = page("/wall/screen");
		String data = this.mvc.perform(get("/wall/screen/data"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String raw : List.of(screen, data)) {
			assertThat(raw).contains(this.approved.getMessage(), this.publicInductee.getCitation())
				.doesNotContain("ORIGINAL-WORDS-", this.privateInductee.getCitation());
			assertNeverShown(raw);
		}
	}

	@Test
	void markupInAShoutOutIsShownAsTextEverywhere() throws Exception {
		Person author = person("Author", true);
		Person to = person("Markup Person", true);
		ShoutOut shoutOut = post(author, to, "<script>alert('x')</script> & </script><img src=x onerror=alert(1)>",
				true);
		approve(shoutOut, null);
		this.screens.refresh();

		for (String path : List.of("/wall?q=Markup", "/wall/shoutouts/" + shoutOut.getId(), "/wall/screen",
				"/wall/feed.atom")) {
			String raw = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(raw).as(path).doesNotContain("<script>alert", "<img src=x");
		}
	}

	@Test
	void nonsenseFiltersAreIgnoredAndAPageBeyondTheEndShowsTheLastPage() throws Exception {
		String wall = page("/wall?year=abc&team=-x&value=1e9&page=abc&q=" + tagOf(this.approved));
		assertThat(wall).contains(this.approved.getMessage());

		String far = page("/wall?page=99999999&q=" + tagOf(this.approved));
		assertThat(far).contains(this.approved.getMessage());
	}

	private void assertNeverShown(String raw) {
		for (ShoutOut shoutOut : this.neverShown) {
			assertThat(raw).doesNotContain(shoutOut.getMessage());
		}
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String tagOf(ShoutOut shoutOut) {
		return shoutOut.getMessage().substring(shoutOut.getMessage().lastIndexOf('-') + 1);
	}

	private void approve(ShoutOut shoutOut, String publicText) {
		this.moderation.approve(shoutOut.getId(), this.manager.getPersonId(), publicText, null);
	}

	private ShoutOut post(Person author, Person to, String message, boolean wantsPublic) {
		return this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(to.getId()), null, this.value, message, wantsPublic, null));
	}

	private Person person(String name, boolean consent) {
		return this.people
			.add(new PersonDetails(name, "p." + UUID.randomUUID() + "@example.com", "Agent", null, null, consent));
	}

}
