package org.serviceweek.stats.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValue;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.stats.Leaderboard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard and the leaderboard as managers and staff get them, on the HTML itself.
 * Each test works in days of its own.
 */
@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Autowired
	CompanyValues values;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	MutableClock clock;

	private SignedInAccount manager;

	private SignedInAccount staff;

	@BeforeAll
	void accounts() {
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
		this.staff = this.testAccounts.signedIn(Role.STAFF);
	}

	@BeforeEach
	void noLeaderboard() {
		this.leaderboard.close();
	}

	@AfterEach
	void reset() {
		this.leaderboard.close();
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
	}

	@Test
	void managersSeeEachChartWithItsNumbersInATable() throws Exception {
		Team phones = this.people.addTeam("Phones " + UUID.randomUUID());
		Person ana = person("Ana", phones.getId());
		Person tom = person("Tom", null);
		CompanyValue care = this.values.add("Care " + UUID.randomUUID(), null);
		now("2033-03-08T10:00:00Z");
		thank(tom, care, ana);
		thank(tom, care, ana);
		now("2033-03-10T10:00:00Z");
		thank(ana, care, tom);

		String html = page(get("/stats").param("from", "2033-03-07").param("to", "2033-03-13"), this.manager);

		assertThat(html).contains("Shout-outs per day", "Shout-outs per team", "Shout-outs per value", "Participation",
				"role=\"img\"", "aria-label=\"Bar chart: Shout-outs per day.");
		assertThat(html).contains("<caption>Shout-outs per day</caption>", "<caption>Shout-outs per team</caption>",
				"<caption>Participation</caption>");
		assertThat(html).containsPattern(row("Tuesday 8 March 2033", "2"))
			.containsPattern(row("Wednesday 9 March 2033", "0"))
			.containsPattern(row("Thursday 10 March 2033", "1"))
			.containsPattern(row(phones.getName(), "2"))
			.containsPattern(row("No team", "1"))
			.containsPattern(row(care.getName(), "3"))
			.containsPattern(row("Gave at least one", "2"))
			.containsPattern(row("Received at least one", "2"));
		assertThat(html).contains("<strong>3</strong> <span>shout-outs</span>");
	}

	@Test
	void anEmptyPeriodShowsAFriendlyMessageInsteadOfCharts() throws Exception {
		String html = page(get("/stats").param("from", "2041-01-07").param("to", "2041-01-13"), this.manager);

		assertThat(html).contains("No shout-outs in this period yet.")
			.doesNotContain("over-time-title", "by-team-title");
	}

	@Test
	void aPeriodThatRunsBackwardsIsShownBesideTheField() throws Exception {
		String html = page(get("/stats").param("from", "2033-03-10").param("to", "2033-03-01"), this.manager);

		assertThat(html).contains("id=\"to-error\"", "The last day comes before the first day.",
				"aria-invalid=\"true\"");
		assertThat(html).doesNotContain("summary__item");
	}

	@Test
	void staffMayNotSeeTheDashboardNorSwitchTheLeaderboard() throws Exception {
		this.mvc.perform(get("/stats").with(user(this.staff))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/stats/leaderboard").param("firstDay", "2026-09-01")
				.param("lastDay", "2026-09-05")
				.with(csrf())
				.with(user(this.staff)))
			.andExpect(status().isForbidden());
		assertThat(this.leaderboard.isOpen()).isFalse();
	}

	@Test
	void aLeaderboardTimeBoxThatBreaksTheRulesIsShownAgainWithTheReason() throws Exception {
		now("2033-05-02T10:00:00Z");

		String backwards = page(leaderboardForm("2033-05-06", "2033-05-02"), this.manager);
		String tooLong = page(leaderboardForm("2033-05-02", "2033-06-10"), this.manager);
		String missing = page(leaderboardForm("", "2033-05-06"), this.manager);

		assertThat(backwards).contains("id=\"lastDay-error\"", "The last day comes before the first day.",
				"value=\"2033-05-06\"");
		assertThat(tooLong).contains("id=\"lastDay-error\"", "A leaderboard is open for at most 31 days.");
		assertThat(missing).contains("id=\"firstDay-error\"", "Please fill this in.");
		assertThat(this.leaderboard.isOpen()).isFalse();

		this.mvc.perform(leaderboardForm("2033-05-02", "2033-05-06").with(user(this.manager)))
			.andExpect(redirectedUrl("/stats"))
			.andExpect(flash().attribute("success", "leaderboard.opened"));
		assertThat(this.leaderboard.isOpen()).isTrue();
		assertThat(page(get("/stats"), this.manager))
			.contains("The leaderboard is open from 2 May 2033 to 6 May 2033.");

		this.mvc.perform(post("/stats/leaderboard").param("action", "close").with(csrf()).with(user(this.manager)))
			.andExpect(redirectedUrl("/stats"));
		assertThat(this.leaderboard.isOpen()).isFalse();
	}

	@Test
	void theFeedLinksToTheLeaderboardOnlyWhileItIsOpen() throws Exception {
		Person ana = person("Ana Leader " + UUID.randomUUID(), null);
		Person tom = person("Tom", null);
		CompanyValue care = this.values.add("Care " + UUID.randomUUID(), null);
		now("2033-06-07T10:00:00Z");
		thank(tom, care, ana);
		String link = "href=\"/leaderboard\"";

		assertThat(page(get("/shoutouts"), this.staff)).doesNotContain(link);
		assertThat(page(get("/leaderboard"), this.staff)).contains("There is no leaderboard right now.");

		this.leaderboard.open(LocalDate.parse("2033-06-06"), LocalDate.parse("2033-06-10"));
		assertThat(page(get("/shoutouts"), this.staff)).contains(link);
		String board = page(get("/leaderboard"), this.staff);
		assertThat(board).contains("This leaderboard is time-boxed: it closes after 10 June 2033.")
			.containsPattern("<th scope=\"row\"><a href=\"/people/" + ana.getId() + "/shoutouts\">" + ana.getName()
					+ "</a></th>");

		now("2033-06-10T22:00:00Z");
		assertThat(page(get("/shoutouts"), this.staff)).doesNotContain(link);
		assertThat(page(get("/leaderboard"), this.staff)).contains("There is no leaderboard right now.")
			.doesNotContain(ana.getName());
		assertThat(page(get("/stats"), this.manager)).contains("The last leaderboard closed after 10 June 2033.")
			.as("the form offers the next celebration week")
			.contains("id=\"firstDay\" name=\"firstDay\" value=\"2033-10-03\"");
	}

	@Test
	void theDashboardSpeaksGerman() throws Exception {
		Person ana = person("Ana", null);
		Person tom = person("Tom", null);
		CompanyValue care = this.values.add("Care " + UUID.randomUUID(), null);
		now("2033-07-05T10:00:00Z");
		thank(tom, care, ana);

		String html = page(get("/stats").param("from", "2033-07-04")
			.param("to", "2033-07-10")
			.locale(Locale.GERMAN)
			.header("Accept-Language", "de"), this.manager);

		assertThat(html).contains("Anerkennung in Zahlen", "Shout-outs pro Tag", "Dienstag, 5. Juli 2033",
				"Hat mindestens einen gegeben");
	}

	private MockHttpServletRequestBuilder leaderboardForm(String firstDay, String lastDay) {
		return post("/stats/leaderboard").param("action", "open")
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request, SignedInAccount who) throws Exception {
		return this.mvc.perform(request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A table row: its header cell, then the number. */
	private static String row(String label, String number) {
		return "<th scope=\"row\">" + java.util.regex.Pattern.quote(label) + "</th>\\s*<td class=\"number\">" + number
				+ "</td>";
	}

	private void now(String instant) {
		this.clock.set(Instant.parse(instant));
	}

	private void thank(Person author, CompanyValue value, Person recipient) {
		this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(recipient.getId()), null, value.getId(), "Thank you!", false, null));
	}

	private Person person(String name, Long teamId) {
		return this.people
			.add(new PersonDetails(name, "person." + UUID.randomUUID().toString().substring(0, 13) + "@example.com",
					"Agent", null, teamId, false));
	}

}
