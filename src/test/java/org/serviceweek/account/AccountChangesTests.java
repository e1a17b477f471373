package org.serviceweek.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What happens to people who are signed in when their account changes, and the rules that
 * must hold even when requests race.
 */
@SpringBootTest(properties = "serviceweek.test.context=account-changes")
@AutoConfigureMockMvc
class AccountChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Test
	void aDisabledAccountsSessionEndsAtItsNextRequest() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Cookie session = signIn(staff);
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		this.accounts.changeEnabled(staff.getAccountId(), false, admin);

		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aDemotedManagerLosesManagerPagesAtOnce() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Cookie session = signIn(manager);
		this.mvc.perform(get("/roster/import").cookie(session)).andExpect(status().isOk());

		this.accounts.changeRole(manager.getAccountId(), Role.STAFF, admin);

		this.mvc.perform(get("/roster/import").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void changingOnesPasswordEndsOtherSessionsButKeepsThisOne() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Cookie laptop = signIn(staff);
		Cookie phone = signIn(staff);

		this.mvc
			.perform(post("/account/password").cookie(laptop)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("password", "lantern fjord pebble")
				.param("confirmPassword", "lantern fjord pebble"))
			.andExpect(redirectedUrl("/account"));

		this.mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
		this.mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aManagerCannotChangeAnAdministratorsSignInEmail() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person adminPerson = this.people.get(admin.getPersonId());

		this.mvc
			.perform(post("/people/" + adminPerson.getId()).with(csrf())
				.with(user(manager))
				.param("name", adminPerson.getName())
				.param("email", "taken.over@example.com")
				.param("version", String.valueOf(adminPerson.getVersion())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("only an administrator can change it")));

		assertThat(this.people.get(adminPerson.getId()).getEmail()).isEqualTo(admin.getUsername());
	}

	@Test
	void parallelGuessesCannotGetPastTheLimit() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 30; i++) {
				int guess = i;
				Callable<String> attempt = () -> {
					start.await();
					return this.mvc
						.perform(post("/login").with(csrf())
							.param("username", staff.getUsername())
							.param("password", "wrong guess " + guess))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			int passwordChecks = 0;
			for (Future<String> result : results) {
				if ("/login?error".equals(result.get(60, TimeUnit.SECONDS))) {
					passwordChecks++;
				}
			}
			// At most 5 guesses are checked at all (the 5th wrong one answers "locked").
			assertThat(passwordChecks).isLessThanOrEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", staff.getUsername())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		SignedInAccount first = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount second = this.testAccounts.signedIn(Role.ADMIN);
		// Leave exactly these two administrators.
		for (Account account : this.accounts.all()) {
			if (account.getRole() == Role.ADMIN && account.getId() != first.getAccountId()
					&& account.getId() != second.getAccountId()) {
				this.accounts.changeRole(account.getId(), Role.STAFF, first);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<Boolean> a = pool.submit(() -> demote(start, second, first));
			Future<Boolean> b = pool.submit(() -> demote(start, first, second));
			start.countDown();
			assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS))).containsOnlyOnce(true);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.accounts.all()).filteredOn((account) -> account.getRole() == Role.ADMIN && account.isEnabled())
			.hasSize(1);
	}

	@Test
	void aLeadWhoMovesToAnotherTeamNoLongerLeadsTheOldOne() {
		var phones = this.people.addTeam("Phones " + System.nanoTime());
		var chat = this.people.addTeam("Chat " + System.nanoTime());
		Person maya = this.people.add(new PersonDetails("Maya Okafor", "maya." + System.nanoTime() + "@example.com",
				"Lead", null, phones.getId(), false));
		this.people.updateTeam(phones.getId(), this.people.getTeam(phones.getId()).getVersion(), phones.getName(),
				maya.getId());

		Person current = this.people.get(maya.getId());
		this.people.update(maya.getId(), current.getVersion(),
				new PersonDetails(current.getName(), current.getEmail(), "Lead", null, chat.getId(), false));

		assertThat(this.people.getTeam(phones.getId()).getLead()).isNull();
	}

	private boolean demote(CountDownLatch start, SignedInAccount by, SignedInAccount target) throws Exception {
		start.await();
		try {
			this.accounts.changeRole(target.getAccountId(), Role.STAFF, by);
			return true;
		}
		catch (AccountRuleException ex) {
			return false;
		}
	}

	/**
	 * Signs in and returns the session cookie (sessions live in the database, so a
	 * request finds its session by this cookie, as a browser's does).
	 */
	private Cookie signIn(SignedInAccount account) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie[] cookies = result.getResponse().getCookies();
		assertThat(cookies).hasSize(1);
		return cookies[0];
	}

}
