package org.serviceweek.week.web;

import java.nio.file.Files;
import java.time.Instant;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager plans 2026's week from the ready plan and moves an activity; a colleague
 * signs up, takes it into their calendar and finds it under "my week". In real Chromium,
 * with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=planner-journey")
@Import(TestClockConfiguration.class)
class WeekPlannerJourneyTests extends BrowserTestSupport {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	@Test
	void managerPlansTheWeekAndAColleagueSignsUp() throws Exception {
		this.clock.set(Instant.parse("2026-09-21T08:00:00Z"));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Plan").click();
		assertAccessible("plan");
		assertThat(this.page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true))).hasValue("2026");
		button("Start planning").click();
		assertThat(this.page).hasURL(url("/plan/2026"));
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Monday 5 October · Kick-off")))
			.isVisible();
		assertAccessible("planner");
		screenshot("planner");

		// Move lunch from Thursday to Friday and rename it.
		assertThat(this.page.locator("#day-4")).containsText("Lunch together");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit (Lunch together)")).click();
		assertAccessible("activity form");
		this.page.getByLabel("Day").selectOption("2026-10-09");
		this.page.getByLabel("What").fill("Friday lunch together");
		button("Save").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Activity saved");
		assertThat(this.page.locator("#day-5")).containsText("Friday lunch together");
		assertThat(this.page.locator("#day-4")).not().containsText("Lunch together");

		// Bad input is shown beside the field, and nothing is lost.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit (Team challenge)")).click();
		this.page.getByLabel("Ends").fill("10:00");
		button("Save").click();
		assertThat(this.page.locator("#endsAt-error")).hasText("The end must be after the start.");
		assertThat(this.page.getByLabel("What")).hasValue("Team challenge");
		assertAccessible("activity form with errors");
		signOut();

		// A colleague signs up, downloads the calendar file and finds it under "my week".
		signIn(staff.getUsername(), TestAccounts.PASSWORD);
		nav("This week").click();
		assertThat(this.page.getByText("It starts in 14 days.")).isVisible();
		assertAccessible("week");
		screenshot("week");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Friday lunch together")).click();
		assertAccessible("activity");
		button("Sign me up").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("You have a place");
		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to my calendar (.ics)"))
			.click());
		String ics = Files.readString(download.path());
		assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Friday lunch together", "TZID=Europe/Berlin",
				"DTSTART;TZID=Europe/Berlin:20261009T120000", "SEQUENCE:");
		assertThat(download.suggestedFilename()).endsWith(".ics");

		nav("My week").click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Friday lunch together")))
			.isVisible();
		assertThat(this.page.getByText("You have a place")).isVisible();
		assertAccessible("my week");
		screenshot("my-week");

		nav("Today").click();
		assertAccessible("today");
		open("/week/2026/agenda");
		assertThat(this.page.locator(".agenda__day")).hasCount(5);
		assertAccessible("agenda");
		nav("Notices").click();
		assertAccessible("notices");
	}

}
