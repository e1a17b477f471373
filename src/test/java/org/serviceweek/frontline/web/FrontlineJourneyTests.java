package org.serviceweek.frontline.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A leader books an hour beside a team, the team sees who is coming, and after the hour
 * the leader writes what they learned; a manager follows it in the tracker. In real
 * Chromium, with axe on every page. Shares the planner journey's Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=planner-journey")
@Import(TestClockConfiguration.class)
class FrontlineJourneyTests extends BrowserTestSupport {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Leaders leaders;

	@Autowired
	People people;

	@Autowired
	MutableClock clock;

	@Test
	void aLeaderBooksAnHourWithATeamAndWritesWhatTheyLearned() {
		// Tuesday 10 March 2026, 09:00 in Berlin.
		this.clock.set(Instant.parse("2026-03-10T08:00:00Z"));
		Team team = this.people.addTeam("Billing support " + UUID.randomUUID().toString().substring(0, 6));
		SignedInAccount leader = this.testAccounts.signedIn(Role.STAFF);
		this.leaders.mark(leader.getPersonId(), leader.getPersonId());
		SignedInAccount agent = this.testAccounts.signedIn(Role.STAFF);
		Person agentPerson = this.people.get(agent.getPersonId());
		this.people.update(agentPerson.getId(), agentPerson.getVersion(),
				new PersonDetails(agentPerson.getName(), agentPerson.getEmail(), "Agent", null, team.getId(), false));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		String visit = leader.getDisplayName() + " beside " + team.getName();

		signIn(leader.getUsername(), TestAccounts.PASSWORD);
		nav("Front line").click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Beside the front line").setExact(true)))
			.isVisible();
		assertAccessible("front line");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book an hour").setExact(true)).click();
		assertAccessible("booking form");

		// Bad input is said beside the field, and what was typed stays.
		this.page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill("2026-03-12");
		this.page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
		this.page.getByLabel("Calls").check();
		this.page.getByLabel("Note for the team").fill("I would like to listen first.");
		button("Book").click();
		assertThat(this.page.locator("#withWhom-error")).hasText("Choose a team or a colleague to sit with.");
		assertThat(this.page.getByLabel("Note for the team")).hasValue("I would like to listen first.");
		assertAccessible("booking form with an error");

		this.page.getByLabel("With whom").selectOption(new SelectOption().setLabel(team.getName()));
		button("Book").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Booked. The team sees that you are coming.");
		assertThat(this.page.locator("main")).containsText("Thursday 12 March 2026, 10:00–11:00");
		assertAccessible("booking");
		screenshot("frontline-booking");
		signOut();

		// Someone in the team sees who is coming; they are no leader, so they cannot
		// book.
		signIn(agent.getUsername(), TestAccounts.PASSWORD);
		nav("Front line").click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(visit))).isVisible();
		assertThat(this.page.locator("#coming-title")).hasText("Coming to you and to " + team.getName());
		assertAccessible("front line for the team");
		screenshot("frontline");
		open("/frontline/bookings/new");
		assertThat(this.page.locator("main")).containsText("Only leaders book time beside the front line.");
		assertAccessible("not a leader");
		signOut();

		// After the hour, the leader writes what they learned.
		this.clock.set(Instant.parse("2026-03-12T10:30:00Z"));
		signIn(leader.getUsername(), TestAccounts.PASSWORD);
		nav("Front line").click();
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions()
						.setName("Write what you learned beside " + team.getName() + " (Thu 12 Mar)"))
			.click();
		assertAccessible("what I learned");
		this.page.getByLabel("What did you learn?")
			.fill("Half of the calls are about the same invoice line. Reword it & agents save 5 minutes a call.");
		button("Save").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("What you learned is saved.");
		assertThat(this.page.locator("main")).containsText("Reword it & agents save 5 minutes a call.");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Turn it into a suggestion")))
			.hasAttribute("href",
					java.util.regex.Pattern.compile("^/suggestions/new\\?title=From%20an%20hour%20beside%20"
							+ ".*&description=Half%20of%20the%20calls.*Reword%20it%20%26%20agents.*"));
		assertAccessible("booking with what I learned");
		signOut();

		// A manager sees that the leader did their hour in March.
		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Front line").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tracker")).click();
		assertThat(
				this.page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(leader.getDisplayName())).first())
			.isVisible();
		assertAccessible("tracker");
		screenshot("frontline-tracker");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leaders").setExact(true)).click();
		assertAccessible("leaders");
	}

}
