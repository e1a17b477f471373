package org.serviceweek;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.serviceweek.browser.BrowserTestSupport;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation, as its first administrator and then a colleague meet it in a real
 * browser: first run, setup, sign in, roster import, invitation, the colleague's first
 * sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=foundation-journey")
class FoundationJourneyTests extends BrowserTestSupport {

	private static final String ROSTER = """
			name,email,team,title,pronouns,consent
			Ana Silva,ana.silva@example.com,Billing support,Senior agent,she/her,yes
			Tom Becker,tom.becker@example.com,Billing support,Agent,,no
			Kwame Asante,kwame.asante@example.com,Technical support,Support specialist,he/him,
			""";

	@Test
	void firstRunToAnInvitedColleagueSigningIn() {
		// First run: every page leads to the setup page.
		open("/people");
		assertThat(this.page).hasURL(url("/setup"));
		assertAccessible("setup");

		this.page.getByLabel("Your name").fill("Helen Achterberg");
		this.page.getByLabel("Your email").fill("helen@example.com");
		password("Password").fill("password2026");
		password("Type the password again").fill("password2026");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
		assertThat(this.page.locator("#password-error")).containsText("too common");
		assertThat(this.page.getByLabel("Your email")).hasValue("helen@example.com");
		assertAccessible("setup with errors");

		password("Password").fill("lantern fjord pebble");
		password("Type the password again").fill("lantern fjord pebble");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
		assertThat(this.page).hasURL(url("/login"));
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("ServiceWeek is ready");
		assertAccessible("sign in");

		// The setup page is gone for good.
		assertThat(this.page.navigate(url("/setup")).status()).isEqualTo(404);
		assertAccessible("not found");

		signIn("helen@example.com", "lantern fjord pebble");
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Helen Achterberg")))
			.isVisible();
		assertAccessible("home");
		screenshot("home");

		// The audit log already knows she signed in.
		nav("Audit log").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Audit log");
		this.page.getByLabel("What happened").selectOption("SIGNED_IN");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("helen@example.com"))).hasCount(1);
		assertAccessible("audit log");

		// Import the roster: preview first, nothing saved until confirmed.
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Roster"))
			.click();
		assertAccessible("roster upload");
		this.page.getByLabel("CSV file")
			.setInputFiles(new FilePayload("roster.csv", "text/csv", ROSTER.getBytes(StandardCharsets.UTF_8)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import")).click();
		assertThat(this.page.locator(".summary__item--create")).containsText("3");
		assertThat(this.page.getByText("New teams: Billing support, Technical support")).isVisible();
		assertAccessible("roster preview");
		screenshot("roster-preview");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these changes")).click();
		assertThat(this.page).hasURL(url("/people"));
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("3 new");
		assertThat(this.page.getByRole(AriaRole.ROW)).hasCount(5);
		assertAccessible("people");
		screenshot("people");

		// Invite Ana: the app makes a one-time link for the manager to pass on.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana Silva")).click();
		assertAccessible("person");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign-in access")).click();
		assertAccessible("sign-in access");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an invitation link")).click();
		String link = this.page.getByLabel("Invitation link").inputValue();
		assertThat(link).startsWith(url("/invitations/"));
		assertAccessible("invitation link");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("You are signed out");

		// Ana opens her link and chooses a password.
		this.page.navigate(link);
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome, Ana Silva");
		assertAccessible("accept invitation");
		password("Password").fill("ana's very own passphrase");
		password("Type the password again").fill("ana's very own passphrase");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password")).click();
		assertThat(this.page).hasURL(url("/login"));
		assertThat(this.page.getByLabel("Email")).hasValue("ana.silva@example.com");

		signIn("ana.silva@example.com", "ana's very own passphrase");
		assertThat(this.page.getByText("Welcome, Ana Silva")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roster"))).hasCount(0);

		// The link works only once.
		assertThat(this.page.navigate(link).status()).isEqualTo(404);

		// Staff cannot manage accounts, and are told so in a page.
		assertThat(this.page.navigate(url("/admin/accounts")).status()).isEqualTo(403);
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Not allowed");
		assertAccessible("forbidden");

		open("/account");
		assertThat(this.page.getByText("You are shown by name on the public wall.")).isVisible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop showing me on the public wall"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("no longer appears");
		assertAccessible("my account");
	}

	@Test
	void worksByKeyboardFromTheSkipLink() {
		open("/setup");
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(".skip-link")).isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(url("/setup#main"));
	}

	private com.microsoft.playwright.Locator password(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

}
