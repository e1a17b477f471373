package org.serviceweek.shoutout.web;

import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.people.People;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A colleague thanks two others with the keyboard-friendly picker, one of them reacts, a
 * manager approves it for the public wall, and a visitor finds it there; a customer's
 * thanks stays hidden until approved. In real Chromium, with axe on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "serviceweek.test.context=shoutout-journey",
				// A directory too large to list: the pickers ask the server.
				"serviceweek.people.list-all-up-to=0" })
@Import(TestClockConfiguration.class)
@Tag("database")
class ShoutOutJourneyTests extends BrowserTestSupport {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Autowired
	CompanyValues values;

	@Autowired
	MutableClock clock;

	@Test
	void aShoutOutTravelsFromAColleagueToThePublicWall() {
		this.clock.set(Instant.parse("2026-09-21T08:00:00Z"));
		this.values.add("Went the extra mile", "Did more than anyone asked");
		SignedInAccount author = this.testAccounts.signedIn(Role.STAFF);
		SignedInAccount reactor = this.testAccounts.signedIn(Role.STAFF);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		var second = this.testAccounts.person("Zara Quinn");
		this.people.changePublicConsent(reactor.getPersonId(), true);
		this.people.changePublicConsent(second.getId(), true);
		this.people.changePublicConsent(author.getPersonId(), true);

		signIn(author.getUsername(), TestAccounts.PASSWORD);
		nav("Shout-outs").click();
		assertAccessible("feed, empty");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thank a colleague")).click();
		assertAccessible("new shout-out");
		Locator picker = this.page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Find a colleague by name or team"));
		picker.fill(this.people.get(reactor.getPersonId()).getName().substring(0, 5));
		picker.press("ArrowDown");
		picker.press("Enter");
		picker.fill("Zara");
		picker.press("ArrowDown");
		picker.press("Enter");
		assertThat(this.page.locator(".picker__chip")).hasCount(2);
		this.page.getByLabel("Value")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Went the extra mile"));
		// A long address too: no page may scroll sideways for it on a phone.
		this.page.getByLabel("Your message")
			.fill("You both stayed late to help a customer in tears. Thank you! https://example.com/"
					+ "notes/".repeat(30) + "end");
		this.page.getByLabel("Also show it on the public wall").check();
		assertAccessible("new shout-out filled in");
		screenshot("shout-out-form");
		button("Send the shout-out").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("once a manager approves it");
		assertThat(this.page.locator(".shoutout__to")).containsText("Zara Quinn");
		assertAccessible("shout-out");
		signOut();

		signIn(reactor.getUsername(), TestAccounts.PASSWORD);
		nav("Shout-outs").click();
		Locator applause = this.page.locator(".shoutout")
			.first()
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Applause"));
		// By keyboard: the reaction is sent in the background and the focus stays put.
		applause.focus();
		this.page.keyboard().press("Enter");
		assertThat(applause).hasAttribute("aria-pressed", "true");
		assertThat(applause.locator(".reaction__count")).hasText("1");
		assertThat(applause).isFocused();
		assertAccessible("feed with a reaction");
		screenshot("shout-outs");
		signOut();

		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Moderation").click();
		assertAccessible("moderation");
		assertFitsANarrowScreen("moderation");
		button("Approve for the public wall").first().click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Approved");
		// The language of the emails and chat messages, then back to English.
		open("/notifications/settings");
		assertAccessible("email and chat settings");
		Locator language = this.page.getByLabel("Language of emails and chat messages");
		language.selectOption("de");
		button("Save").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Settings saved");
		assertThat(language).hasValue("de");
		language.selectOption("en");
		button("Save").click();
		assertThat(language).hasValue("en");
		signOut();

		// A visitor, without an account, finds it on the wall.
		open("/wall");
		assertThat(this.page.getByText("You both stayed late to help a customer in tears. Thank you!")).isVisible();
		assertThat(
				this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("https://example.com/notes/")))
			.isVisible();
		assertThat(this.page.locator(".shoutout").first()).containsText("Zara Quinn");
		assertAccessible("wall");
		assertFitsANarrowScreen("wall");
		screenshot("wall");

		// A customer thanks an agent; it stays hidden until a manager approves it.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thank an agent").setExact(true))
			.click();
		assertAccessible("thanks form");
		this.page.getByLabel("Who helped you?").fill("Zara on the phone");
		this.page.getByLabel("Your message").fill("Zara rescued my holiday booking. Brilliant service!");
		button("Send my thanks").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Thank you!");
		assertAccessible("thanks sent");
		open("/wall");
		assertThat(this.page.getByText("Zara rescued my holiday booking")).hasCount(0);

		// A manager links it to Zara with the keyboard and approves it.
		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Moderation").click();
		Locator linkTo = this.page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Who did the customer mean?"));
		linkTo.fill("zara");
		linkTo.press("ArrowDown");
		assertThat(this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Zara Quinn"))).isVisible();
		assertAccessible("moderation, looking a person up");
		linkTo.press("Enter");
		assertThat(this.page.locator(".picker__chip")).hasCount(1);
		assertThat(this.page.locator(".picker__chip")).containsText("Zara Quinn");
		button("Approve for the public wall").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Approved");
		signOut();
		open("/wall");
		assertThat(this.page.getByText("Zara rescued my holiday booking")).isVisible();
	}

}
