package org.serviceweek.wall.web;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.People;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colleagues nominate, a manager inducts from the nominations and downloads the
 * certificate for the ceremony, visitors find the inductee in the hall; the office screen
 * shows a shout-out approved after it was opened, without reloading. In real Chromium,
 * with axe on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=wall-of-fame-journey")
@Import(TestClockConfiguration.class)
class WallOfFameJourneyTests extends BrowserTestSupport {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Autowired
	CompanyValues values;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	WallOfFame fame;

	@Autowired
	MutableClock clock;

	@Test
	void aManagerInductsANomineeAndPrintsTheCertificate() throws Exception {
		this.clock.set(Instant.parse("2026-10-02T08:00:00Z"));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		SignedInAccount colleague = this.testAccounts.signedIn(Role.STAFF);
		var hero = this.testAccounts.person("Ines Marlowe");
		this.people.changePublicConsent(hero.getId(), true);
		long value = this.values.add("Calm under pressure", null).getId();
		ShoutOut earned = this.shoutOuts.post(colleague.getPersonId(), new NewShoutOut(List.of(hero.getId()), null,
				value, "Ines talked a customer through a flooded basement at midnight.", true, null));
		this.moderation.approve(earned.getId(), manager.getPersonId(), null, null);
		this.fame.nominate(this.testAccounts.signedIn(Role.STAFF).getPersonId(), hero.getId(), null,
				"She never lets a customer feel alone.");

		// A colleague nominates her too.
		signIn(colleague.getUsername(), TestAccounts.PASSWORD);
		open("/nominate");
		assertAccessible("nominate");
		this.page.getByLabel("Colleague").selectOption(new SelectOption().setLabel("Ines Marlowe"));
		this.page.getByLabel("Why?").fill("The flooded basement call. Enough said.");
		button("Nominate").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("nomination reached the managers");
		assertAccessible("nominate, sent");
		signOut();

		// The manager sees both nominations together and inducts her.
		signIn(manager.getUsername(), TestAccounts.PASSWORD);
		nav("Awards").click();
		assertThat(this.page.locator(".nominee")).containsText("2 nominations");
		assertAccessible("wall of fame for managers");
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Induct.*Ines Marlowe")))
			.click();
		assertAccessible("induction form");
		button("Induct").click();
		assertThat(this.page.locator(".field__error").first()).containsText("Choose an award");
		assertAccessible("induction form with errors");
		this.page.getByLabel("Award", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Customer Hero"));
		this.page.getByLabel("Citation").fill("For the midnight call that kept a family business afloat.");
		this.page.getByLabel("Ines talked a customer").check();
		screenshot("induction-form");
		button("Induct").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Ines Marlowe is in the wall of fame");
		assertThat(this.page.locator(".nominee")).hasCount(0);
		assertAccessible("wall of fame with an inductee");

		Download download = this.page.waitForDownload(
				() -> this.page
					.getByRole(AriaRole.LINK,
							new Page.GetByRoleOptions().setName(Pattern.compile("^Certificate.*Ines Marlowe")))
					.click());
		assertThat(download.suggestedFilename()).endsWith(".pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(pdf)).contains("Ines Marlowe", "Customer Hero");
		}
		signOut();

		// Visitors find her in the hall, with the shout-out that earned it.
		open("/wall/fame");
		assertThat(this.page.locator(".inductee")).containsText("Ines Marlowe");
		assertAccessible("hall of fame");
		screenshot("wall-of-fame");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ines Marlowe")).click();
		assertThat(this.page.locator("main")).containsText("flooded basement");
		assertAccessible("inductee page");
		open("/wall");
		assertAccessible("wall with the wall of fame");
	}

	@Test
	void theOfficeScreenShowsANewApprovalWithoutReloading() {
		this.clock.set(Instant.parse("2026-10-06T09:30:00Z"));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		SignedInAccount author = this.testAccounts.signedIn(Role.STAFF);
		var recipient = this.testAccounts.person("Screen Star");
		this.people.changePublicConsent(recipient.getId(), true);
		ShoutOut shoutOut = this.shoutOuts.post(author.getPersonId(),
				new NewShoutOut(List.of(recipient.getId()), null, this.values.add("Spotlight", null).getId(),
						"Approved while the screen was already on the wall.", true, null));

		this.page.setViewportSize(1920, 1080);
		open("/wall/screen");
		assertAccessible("office screen");
		this.page.evaluate("() => { window.loadedOnce = true; }");
		assertThat(this.page.locator("#spotlight")).not().containsText("Screen Star");

		this.moderation.approve(shoutOut.getId(), manager.getPersonId(), null, null);

		assertThat(this.page.locator("#spotlight")).containsText("Screen Star",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(this.page.evaluate("() => window.loadedOnce === true")).isEqualTo(true);
		assertAccessible("office screen with a new shout-out");
		screenshot("office-screen");
	}

}
