package org.serviceweek.account;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules of signing in with a company account, on the service (the browser flow
 * against a real provider is in {@link CompanySignInJourneyTests}). This context has no
 * single sign-on configured, as a default installation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompanyAccountsTests {

	private static final String ISSUER = "https://login.example.com/realms/company";

	@Autowired
	CompanyAccounts companyAccounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void withoutConfigurationThereIsNoButtonAndNoOAuthClient() throws Exception {
		this.testAccounts.signedIn(Role.ADMIN);

		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("company account"))))
			.andExpect(content().string(not(containsString("/oauth2/authorization"))));
		// Decided at start (ADR 024): the bean is null, which providers see as absent.
		assertThat(this.context.getBeanProvider(CompanySignIn.class).getIfAvailable()).isNull();
		assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OAuth2AuthorizedClientRepository.class)).isEmpty();
		// The sign-in path of a provider is just another page that needs a session.
		this.mvc.perform(get("/oauth2/authorization/company")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void linksAnAccountByEmailOnceAndFindsItBySubjectFromThenOn() {
		SignedInAccount ana = this.testAccounts.signedIn(Role.STAFF);
		String subject = subject();

		SignedInAccount first = this.companyAccounts.signIn(identity(subject, ana.getUsername()), null, false);
		SignedInAccount later = this.companyAccounts.signIn(identity(subject, "someone.else@example.com"), null, false);

		assertThat(first.getAccountId()).isEqualTo(ana.getAccountId());
		assertThat(later.getAccountId()).isEqualTo(ana.getAccountId());
		assertThat(later.getUsername()).isEqualTo(ana.getUsername());
		assertThat(this.people.findByEmail("someone.else@example.com")).isEmpty();
	}

	@Test
	void withoutATrustedEmailNothingIsLinkedOrCreated() {
		long peopleBefore = this.people.count();

		assertThatExceptionOfType(CompanySignInRefusedException.class)
			.isThrownBy(() -> this.companyAccounts.signIn(identity(subject(), null), Role.STAFF, false))
			.satisfies(
					(ex) -> assertThat(ex.reason()).isEqualTo(CompanySignInRefusedException.Reason.EMAIL_NOT_VERIFIED));
		assertThat(this.people.count()).isEqualTo(peopleBefore);
	}

	@Test
	void anotherPersonOfTheSameProviderCannotTakeOverALinkedAccount() {
		SignedInAccount ana = this.testAccounts.signedIn(Role.STAFF);
		this.companyAccounts.signIn(identity(subject(), ana.getUsername()), null, false);

		assertThatExceptionOfType(CompanySignInRefusedException.class)
			.isThrownBy(() -> this.companyAccounts.signIn(identity(subject(), ana.getUsername()), null, false))
			.satisfies(
					(ex) -> assertThat(ex.reason()).isEqualTo(CompanySignInRefusedException.Reason.LINKED_TO_ANOTHER));
	}

	@Test
	void aNewProviderTakesOverTheLinkByEmail() {
		SignedInAccount ana = this.testAccounts.signedIn(Role.STAFF);
		this.companyAccounts.signIn(identity(subject(), ana.getUsername()), null, false);
		String newSubject = subject();
		CompanyIdentity atNewProvider = new CompanyIdentity("https://new-provider.example.com", newSubject,
				ana.getUsername(), null);

		assertThat(this.companyAccounts.signIn(atNewProvider, null, false).getAccountId())
			.isEqualTo(ana.getAccountId());
		assertThat(this.companyAccounts
			.signIn(new CompanyIdentity("https://new-provider.example.com", newSubject, null, null), null, false)
			.getAccountId()).isEqualTo(ana.getAccountId());
	}

	@Test
	void aNewAccountTakesTheRoleOfAnOpenInvitationAndUsesItUp() {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		Person lee = this.testAccounts.person("Lee Invited");
		this.accounts.invite(lee.getId(), Role.MANAGER, admin);

		SignedInAccount signedIn = this.companyAccounts.signIn(identity(subject(), lee.getEmail()), null, false);

		assertThat(signedIn.getRole()).isEqualTo(Role.MANAGER);
		assertThat(signedIn.getPersonId()).isEqualTo(lee.getId());
		assertThat(this.accounts.openInvitationFor(lee.getId())).isEmpty();
	}

	@Test
	void aNewAccountHasNoPasswordAnyoneKnows() {
		String email = "new." + UUID.randomUUID() + "@example.com";

		SignedInAccount created = this.companyAccounts.signIn(identity(subject(), email), null, false);

		assertThat(created.getRole()).isEqualTo(Role.STAFF);
		assertThat(created.getDisplayName()).isEqualTo("Company Person");
		assertThat(created.getPassword()).startsWith("{bcrypt}");
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.changePassword(created.getAccountId(), "", "a brand new passphrase"));
	}

	@Test
	void theProvidersRoleReplacesARoleChangedInTheAppButAMissingClaimKeepsIt() {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount kai = this.testAccounts.signedIn(Role.STAFF);
		String subject = subject();
		this.companyAccounts.signIn(identity(subject, kai.getUsername()), Role.STAFF, false);
		this.accounts.changeRole(kai.getAccountId(), Role.MANAGER, admin);

		assertThat(this.companyAccounts.signIn(identity(subject, kai.getUsername()), null, false).getRole())
			.isEqualTo(Role.MANAGER);
		assertThat(this.companyAccounts.signIn(identity(subject, kai.getUsername()), Role.STAFF, false).getRole())
			.isEqualTo(Role.STAFF);
		assertThat(this.accounts.findByPerson(kai.getPersonId()).orElseThrow().getRole()).isEqualTo(Role.STAFF);
	}

	@Test
	void administratorsKeepTheirRoleUnlessTheProviderDecidesAdministrators() {
		this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount max = this.testAccounts.signedIn(Role.ADMIN);
		String subject = subject();

		assertThat(this.companyAccounts.signIn(identity(subject, max.getUsername()), Role.STAFF, false).getRole())
			.isEqualTo(Role.ADMIN);
		assertThat(this.companyAccounts.signIn(identity(subject, max.getUsername()), Role.MANAGER, true).getRole())
			.isEqualTo(Role.MANAGER);
		assertThat(this.companyAccounts.signIn(identity(subject, max.getUsername()), Role.ADMIN, true).getRole())
			.isEqualTo(Role.ADMIN);
	}

	@Test
	void theLastEnabledAdministratorIsNeverDemotedByTheProvider() {
		SignedInAccount last = this.testAccounts.signedIn(Role.ADMIN);
		List<Long> others = this.jdbc.queryForList(
				"select id from account where role = 'ADMIN' and enabled = true and id <> ?", Long.class,
				last.getAccountId());
		others.forEach((id) -> this.jdbc.update("update account set enabled = false where id = ?", id));
		try {
			SignedInAccount signedIn = this.companyAccounts.signIn(identity(subject(), last.getUsername()), Role.STAFF,
					true);

			assertThat(signedIn.getRole()).isEqualTo(Role.ADMIN);
		}
		finally {
			others.forEach((id) -> this.jdbc.update("update account set enabled = true where id = ?", id));
		}
	}

	@Test
	void aDisabledAccountIsRefusedAndNotLinked() {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount ola = this.testAccounts.signedIn(Role.STAFF);
		this.accounts.changeEnabled(ola.getAccountId(), false, admin);

		assertThatExceptionOfType(CompanySignInRefusedException.class)
			.isThrownBy(() -> this.companyAccounts.signIn(identity(subject(), ola.getUsername()), Role.MANAGER, false))
			.satisfies(
					(ex) -> assertThat(ex.reason()).isEqualTo(CompanySignInRefusedException.Reason.ACCOUNT_DISABLED));
		Account account = this.accounts.findByPerson(ola.getPersonId()).orElseThrow();
		assertThat(account.hasCompanyAccount()).isFalse();
		assertThat(account.getRole()).isEqualTo(Role.STAFF);
	}

	private static CompanyIdentity identity(String subject, String email) {
		return new CompanyIdentity(ISSUER, subject, email, "Company Person");
	}

	private static String subject() {
		return UUID.randomUUID().toString();
	}

}
