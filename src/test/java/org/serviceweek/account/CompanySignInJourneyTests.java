package org.serviceweek.account;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.operations.AuditLog;
import org.serviceweek.shared.Audited;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sign in with your company account" against a real OpenID Connect provider
 * (mock-oauth2-server on a random port), in Chromium: the whole redirect flow with state,
 * nonce, PKCE, a signed ID token and the user info call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "serviceweek.test.context=company-sign-in", "serviceweek.sso.client-id=serviceweek",
				"serviceweek.sso.client-secret=not-so-secret", "serviceweek.sso.roles-claim=groups",
				"serviceweek.sso.manager-values=ServiceWeek Managers",
				"serviceweek.sso.admin-values=ServiceWeek Admins" })
class CompanySignInJourneyTests extends BrowserTestSupport {

	private static final String ISSUER_ID = "company";

	private static final MockOAuth2Server provider = startProvider();

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	People people;

	private SignedInAccount admin;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("serviceweek.sso.issuer-uri", () -> provider.issuerUrl(ISSUER_ID).toString());
	}

	private static MockOAuth2Server startProvider() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@BeforeEach
	void installed() {
		this.admin = this.testAccounts.signedIn(Role.ADMIN);
	}

	@Test
	void aPersonInTheDirectoryIsLinkedByEmailAndFoundBySubjectAfterTheEmailChanged() {
		Person ana = this.testAccounts.person("Ana Directory");
		this.accounts.createAccount(ana.getId(), Role.STAFF, TestAccounts.PASSWORD);
		String subject = "ana-" + UUID.randomUUID();

		open("/login");
		assertAccessible("sign in with the company button");
		screenshot("sign-in-company");
		signInWithCompanyAccount(subject,
				Map.of("email", ana.getEmail().toUpperCase(), "email_verified", true, "name", "Ana From The Provider"));
		assertThat(this.page).hasURL(url("/"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Ana Directory")))
			.isVisible();
		Account linked = this.accounts.findByPerson(ana.getId()).orElseThrow();
		assertThat(linked.hasCompanyAccount()).isTrue();
		assertThat(linked.getRole()).isEqualTo(Role.STAFF);
		signOut();

		// Later the provider sends another email: the subject still finds Ana.
		String newEmail = "ana.renamed." + UUID.randomUUID() + "@example.com";
		signInWithCompanyAccount(subject, Map.of("email", newEmail, "email_verified", true));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Ana Directory")))
			.isVisible();
		assertThat(this.people.findByEmail(newEmail)).isEmpty();
		assertThat(this.accounts.findByPerson(ana.getId()).orElseThrow().getId()).isEqualTo(linked.getId());
	}

	@Test
	void aPersonInTheDirectoryWithoutAnAccountGetsOneForTheirEntry() {
		Person kim = this.testAccounts.person("Kim Listed");
		long peopleBefore = this.people.count();

		signInWithCompanyAccount("kim-" + UUID.randomUUID(), Map.of("email", kim.getEmail(), "email_verified", true));

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Kim Listed")))
			.isVisible();
		assertThat(this.accounts.findByPerson(kim.getId())).hasValueSatisfying((account) -> {
			assertThat(account.getRole()).isEqualTo(Role.STAFF);
			assertThat(account.hasCompanyAccount()).isTrue();
		});
		assertThat(this.people.count()).isEqualTo(peopleBefore);
	}

	@Test
	void anUnknownPersonGetsAStaffAccountAndADirectoryEntry() {
		String email = "robin." + UUID.randomUUID() + "@example.com";

		signInWithCompanyAccount("robin-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "name", "Robin Newcomer", "groups", List.of("Sales")));

		assertThat(this.page).hasURL(url("/"));
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Robin Newcomer")))
			.isVisible();
		Person robin = this.people.findByEmail(email).orElseThrow();
		assertThat(robin.getName()).isEqualTo("Robin Newcomer");
		assertThat(this.accounts.findByPerson(robin.getId()).orElseThrow().getRole()).isEqualTo(Role.STAFF);
		// A staff member: the planner is not for them.
		assertThat(this.page.navigate(url("/plan")).status()).isEqualTo(403);
		// The audit log names the account (its email), not the provider's subject.
		assertThat(this.auditLog.search(new AuditLog.Search(Audited.Action.SIGNED_IN, email, null, null), 0))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.getActor()).isEqualTo(email);
				assertThat(entry.getActorName()).isEqualTo("Robin Newcomer");
				assertThat(entry.getDetail()).isEqualTo("single-sign-on");
			});
	}

	@Test
	void theManagersGroupGivesTheManagerRoleOnEachSignIn() {
		String email = "morgan." + UUID.randomUUID() + "@example.com";
		String subject = "morgan-" + UUID.randomUUID();

		signInWithCompanyAccount(subject, Map.of("email", email, "email_verified", true, "name", "Morgan Lead",
				"groups", List.of("Everyone", "ServiceWeek Managers")));

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Morgan Lead")))
			.isVisible();
		Person morgan = this.people.findByEmail(email).orElseThrow();
		assertThat(this.accounts.findByPerson(morgan.getId()).orElseThrow().getRole()).isEqualTo(Role.MANAGER);
		assertThat(this.page.navigate(url("/plan")).status()).isEqualTo(200);
		assertAccessible("planner after company sign-in");
		this.page.goBack();
		signOut();

		// Left the managers' group at the company: staff from the next sign-in on.
		signInWithCompanyAccount(subject,
				Map.of("email", email, "email_verified", true, "groups", List.of("Everyone")));
		assertThat(this.accounts.findByPerson(morgan.getId()).orElseThrow().getRole()).isEqualTo(Role.STAFF);
		assertThat(this.page.navigate(url("/plan")).status()).isEqualTo(403);
	}

	@Test
	void aDisabledAccountIsRefusedWithAMessage() {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		this.accounts.changeEnabled(staff.getAccountId(), false, this.admin);

		signInWithCompanyAccount("disabled-" + UUID.randomUUID(),
				Map.of("email", staff.getUsername(), "email_verified", true));

		assertThat(this.page).hasURL(url("/login?sso=disabled"));
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Your ServiceWeek account is disabled. Ask an administrator to enable it again.");
		assertAccessible("sign in after a refused company sign-in");
		open("/account");
		assertThat(this.page).hasURL(url("/login"));
		assertThat(this.accounts.findByPerson(staff.getPersonId()).orElseThrow().hasCompanyAccount()).isFalse();
	}

	@Test
	void anUnverifiedEmailNeitherLinksNorCreates() {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		signInWithCompanyAccount("unverified-" + UUID.randomUUID(),
				Map.of("email", staff.getUsername(), "email_verified", false));

		assertThat(this.page).hasURL(url("/login?sso=email"));
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("no verified email address");
		assertThat(this.accounts.findByPerson(staff.getPersonId()).orElseThrow().hasCompanyAccount()).isFalse();
	}

	@Test
	void aRefusalAtTheProviderOrABadStateShowsAMessage() {
		// The provider answers "access denied", as when the person cancels at its page:
		// the app's redirect to the provider is answered with the provider's error
		// redirect back, carrying the state the app sent.
		this.page.route(url(CompanySignIn.START_PATH), (route) -> {
			APIResponse toProvider = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
			String state = queryParameter(toProvider.headers().get("location"), "state");
			route.fulfill(new Route.FulfillOptions().setStatus(302)
				.setHeaders(Map.of("Location", url("/login/oauth2/code/company?error=access_denied&state=" + state))));
		});
		open("/login");
		companyButton().click();
		assertThat(this.page).hasURL(url("/login?sso=denied"));
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("cancelled or refused");
		assertAccessible("sign in after the provider refused");
		this.page.unrouteAll();

		// An answer with a state this browser never sent.
		open("/login/oauth2/code/company?code=forged&state=forged");
		assertThat(this.page).hasURL(url("/login?sso=expired"));
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Please try again");
	}

	@Test
	void signingOutEndsTheSessionButLocalSignInStillWorks() {
		String email = "sam." + UUID.randomUUID() + "@example.com";
		signInWithCompanyAccount("sam-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "name", "Sam Both"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Sam Both")))
			.isVisible();

		signOut();
		open("/account");
		assertThat(this.page).hasURL(url("/login"));

		// The password form beside the button still signs in a local account.
		SignedInAccount local = this.testAccounts.signedIn(Role.STAFF);
		this.page.getByLabel("Email").fill(local.getUsername());
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		button("Sign in").click();
		assertThat(this.page).hasURL(url("/account?continue"));
	}

	private void signInWithCompanyAccount(String subject, Map<String, Object> claims) {
		provider.enqueueCallback(
				new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("serviceweek"), claims, 3600));
		open("/login");
		companyButton().click();
		// Several redirects and calls from the app to the provider: on a busy machine
		// this
		// takes longer than one assertion's wait.
		this.page.waitForURL((address) -> address.equals(url("/")) || address.startsWith(url("/login?sso=")),
				new Page.WaitForURLOptions().setTimeout(30_000));
	}

	private com.microsoft.playwright.Locator companyButton() {
		return this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Sign in with your company account"));
	}

	private static String queryParameter(String url, String name) {
		return UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams().getFirst(name);
	}

}
