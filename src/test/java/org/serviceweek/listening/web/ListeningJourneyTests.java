package org.serviceweek.listening.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent raises a challenge anonymously, two colleagues add their voice, a manager
 * answers and marks it planned, then done, and it appears on the "you said, we did" board
 * and in the week's recap. In real Chromium, with axe on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=listening-journey")
@Import(TestClockConfiguration.class)
class ListeningJourneyTests extends BrowserTestSupport {

	private static final String TITLE = "Refund callers are transferred three times";

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	WeekPlanner planner;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnonymousChallengeTravelsFromAnAgentToYouSaidWeDid() {
		this.clock.set(Instant.parse("2026-09-21T08:00:00Z"));
		SignedInAccount agent = this.testAccounts.signedIn(Role.STAFF);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		List<SignedInAccount> colleagues = List.of(this.testAccounts.signedIn(Role.STAFF),
				this.testAccounts.signedIn(Role.STAFF));

		// The agent raises it anonymously.
		signIn(agent.getUsername(), TestAccounts.PASSWORD);
		nav("You said, we did").click();
		assertAccessible("board, nothing raised");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a challenge or suggestion"))
			.click();
		assertAccessible("new suggestion");
		button("Send").click();
		assertThat(this.page.locator("#title-error")).hasText("Give it a short title.");
		assertAccessible("new suggestion with errors");
		this.page.getByLabel("Title").fill(TITLE);
		this.page.getByLabel("What happens, and what would help?")
			.fill("A refund goes from us to billing to finance. By the third transfer the customer is furious.");
		this.page.getByLabel("Category").selectOption(new SelectOption().setLabel("Transfers between departments"));
		this.page.getByLabel("Raise it anonymously").check();
		screenshot("suggestion-form");
		button("Send").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your name was not stored");
		assertThat(this.page.locator("main")).containsText("Raised anonymously on");
		assertAccessible("suggestion, raised anonymously");
		// The thanks came with the address (not through the session, ADR 012).
		String itemUrl = this.page.url().replace("?raised=true", "");
		signOut();
		assertThat(
				this.jdbc.queryForObject("select count(*) from suggestion where author_id is not null", Integer.class))
			.isZero();

		// Two colleagues add their voice, the second by keyboard.
		for (SignedInAccount colleague : colleagues) {
			signIn(colleague.getUsername(), TestAccounts.PASSWORD);
			nav("You said, we did").click();
			this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
			Locator meToo = button("Me too");
			if (colleague == colleagues.get(0)) {
				meToo.click();
			}
			else {
				meToo.focus();
				this.page.keyboard().press("Enter");
			}
			assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your voice is counted");
			assertThat(button("Me too")).hasCount(0);
			assertAccessible("suggestion with a voice added");
			if (colleague == colleagues.get(0)) {
				this.page.getByLabel("Your comment").fill("Same here: twice last week, both times <b>furious</b>.");
				button("Comment").click();
				assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Comment added");
				assertThat(this.page.locator(".comment")).containsText("both times <b>furious</b>.");
				assertAccessible("suggestion with a comment");
			}
			signOut();
		}

		// A manager answers, plans it, then marks it done.
		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("You said, we did").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Work through suggestions")).click();
		assertThat(this.page.locator("#main table")).containsText(TITLE);
		assertAccessible("suggestions for managers");
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Categories of challenges and suggestions"))
			.click();
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tools we lack");
		button("Add a category").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Category added");
		assertAccessible("categories");
		this.page.goBack();
		this.page.goBack();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		assertThat(this.page.locator(".voices__count")).hasText("2 colleagues said \"me too\"");
		assertAccessible("suggestion for a manager");
		this.page.getByLabel("Your public answer")
			.fill("Billing and the front line will share one refund queue; agents approve small refunds.");
		button("Answer").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Answer saved");
		this.page.getByLabel("Move to").selectOption(new SelectOption().setLabel("Planned"));
		button("Move").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Moved to \"planned\"");
		this.page.getByLabel("Move to").selectOption(new SelectOption().setLabel("Done"));
		button("Move").click();
		assertThat(this.page.locator("#note-error")).containsText("Say what changed");
		assertAccessible("move without saying what changed");
		this.page.getByLabel("Note").fill("Refunds under 50 euros are now settled in the first call.");
		button("Move").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Marked as done");
		assertThat(this.page.locator(".history")).containsText("from Planned to Done, by " + manager.getDisplayName());
		assertAccessible("suggestion, done");
		assertThat(this.page.url()).isEqualTo(itemUrl);

		// It is on the board, under what changed.
		nav("You said, we did").click();
		Locator done = this.page.locator("#done-since");
		assertThat(done).containsText(TITLE);
		assertThat(done).containsText("Refunds under 50 euros are now settled in the first call.");
		assertThat(this.page.locator(".table--counts tfoot")).containsText("1");
		assertAccessible("board with a done item");
		screenshot("you-said-we-did");

		// After this year's week, its recap shows what was done and leads to the board.
		this.planner.startPlanning(2026, StartFrom.EMPTY, null, Locale.ENGLISH);
		this.clock.set(Instant.parse("2026-10-12T08:00:00Z"));
		nav("This week").click();
		assertThat(this.page.locator(".recap")).containsText(TITLE);
		assertAccessible("week recap");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("You said, we did: see what changed"))
			.click();
		assertThat(this.page.locator("#done-since")).containsText(TITLE);
	}

}
