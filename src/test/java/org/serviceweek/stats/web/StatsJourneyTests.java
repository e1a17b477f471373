package org.serviceweek.stats.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.stats.Leaderboard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager reads the dashboard and opens a leaderboard for a few days; a colleague finds
 * it from the shout-outs. In real Chromium, with axe on every page. It shares the
 * shout-out journey's application, so its people have names of their own, and its
 * shout-outs are hidden afterwards: that journey starts from an empty feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=shoutout-journey")
@Import(TestClockConfiguration.class)
class StatsJourneyTests extends BrowserTestSupport {

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

	@Autowired
	ModerationQueue moderation;

	private final List<Long> posted = new ArrayList<>();

	private long managerPersonId;

	@AfterEach
	void leaveNoTrace() {
		this.leaderboard.close();
		this.posted.forEach((id) -> this.moderation.hide(id, this.managerPersonId));
	}

	@Test
	void aManagerReadsTheNumbersAndOpensALeaderboardThatColleaguesFind() {
		// Tuesday 8 September 2026, 10:00 in Berlin.
		this.clock.set(Instant.parse("2026-09-08T08:00:00Z"));
		Team phones = this.people.addTeam("Phones and callbacks");
		Team chat = this.people.addTeam("Chat and email desk");
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		this.managerPersonId = manager.getPersonId();
		SignedInAccount colleague = this.testAccounts.signedIn(Role.STAFF);
		Person noor = rename(colleague.getPersonId(), "Noor Haddad", chat.getId());
		Person lena = this.people
			.add(new PersonDetails("Lena Brandt", "lena.brandt@example.com", null, null, phones.getId(), false));
		Person omar = this.people
			.add(new PersonDetails("Omar Farouk", "omar.farouk@example.com", null, null, phones.getId(), false));
		long kindness = this.values.add("Kindness in every call", null).getId();
		long ownership = this.values.add("Owns the problem", null).getId();
		thank(noor, kindness, lena, omar);
		thank(noor, ownership, lena);
		thank(omar, kindness, noor);
		thank(lena, ownership, omar);

		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Stats").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Recognition in numbers");
		this.page.getByLabel("From").fill("2026-09-01");
		this.page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("2026-09-08");
		button("Show").click();
		assertThat(
				this.page.getByRole(AriaRole.IMG,
						new Page.GetByRoleOptions()
							.setName("Bar chart: Shout-outs per team. The numbers are in the table below it.")))
			.isVisible();
		assertAccessible("stats");
		screenshot("stats");
		this.page.locator("#by-team-title ~ figure summary").click();
		assertThat(this.page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Phones and callbacks 3")))
			.isVisible();
		assertAccessible("stats, with the numbers of a chart shown");

		this.page.getByLabel("First day").fill("2026-09-11");
		this.page.getByLabel("Last day").fill("2026-09-07");
		button("Open the leaderboard").click();
		assertThat(this.page.locator("#lastDay-error")).hasText("The last day comes before the first day.");
		assertAccessible("stats, leaderboard form with an error");
		this.page.getByLabel("First day").fill("2026-09-07");
		this.page.getByLabel("Last day").fill("2026-09-11");
		button("Open the leaderboard").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("The leaderboard is set for the days you chose.");
		signOut();

		signIn(colleague.getUsername(), TestAccounts.PASSWORD);
		nav("Shout-outs").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leaderboard").setExact(true)).click();
		assertThat(this.page.locator(".lead")).containsText("This leaderboard is time-boxed");
		assertThat(this.page.getByRole(AriaRole.ROW).nth(1)).containsText("Lena Brandt");
		assertThat(this.page.getByRole(AriaRole.ROW).nth(2)).containsText("Omar Farouk");
		assertAccessible("leaderboard");
		screenshot("leaderboard");
	}

	private Person rename(long personId, String name, Long teamId) {
		Person person = this.people.get(personId);
		return this.people.update(personId, person.getVersion(),
				new PersonDetails(name, person.getEmail(), null, null, teamId, false));
	}

	private void thank(Person author, long value, Person... recipients) {
		this.posted.add(
				this.shoutOuts
					.post(author.getId(),
							new NewShoutOut(List.of(recipients).stream().map(Person::getId).toList(), null, value,
									"Thank you for your help!", false, null))
					.getId());
	}

}
