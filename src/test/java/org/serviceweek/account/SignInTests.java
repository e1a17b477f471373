package org.serviceweek.account;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.shared.BusyConnections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	DataSource dataSource;

	@Test
	void signsInWithEmailAndPassword() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(formLogin().user(staff.getUsername().toUpperCase()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameGenericFailure() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(formLogin().user(staff.getUsername()).password("wrong password here"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-at-all@example.com").password("wrong password here"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pausesSignInAfterFiveFailuresInARowEvenWithTheRightPassword() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(staff.getUsername()).password("guess number " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(staff.getUsername()).password("guess number 5"))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin().user(staff.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("15 minutes")));

		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		String accountsPage = this.mvc.perform(get("/admin/accounts").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(accountsPage).contains("/admin/accounts/" + staff.getAccountId() + "/unlock")
			.doesNotContain("/admin/accounts/" + admin.getAccountId() + "/unlock");

		this.accounts.unlock(staff.getAccountId());
		this.mvc.perform(formLogin().user(staff.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownEmailsArePausedTooSoTheMessageRevealsNothing() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin().user("ghost@example.com").password("guess " + attempt));
		}
		this.mvc.perform(formLogin().user("ghost@example.com").password("guess 6"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aFailedSignInKeepsTheTypedEmailButNeverThePassword() throws Exception {
		// The session cookie, which is all the server has to find the session by.
		jakarta.servlet.http.Cookie[] session = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "typed.email@example.com")
				.param("password", "secret typed password"))
			.andReturn()
			.getResponse()
			.getCookies();

		this.mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("value=\"typed.email@example.com\"")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret typed password"))));
	}

	@Test
	void disabledAccountsCannotSignIn() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		this.accounts.changeEnabled(staff.getAccountId(), false, admin);

		this.mvc.perform(formLogin().user(staff.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void rememberMeKeepsAPersistentTokenThatSignsInLater() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		MvcResult result = this.mvc
			.perform(post("/login").param("username", staff.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.param("remember-me", "on")
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie rememberMe = result.getResponse().getCookie("remember-me");

		assertThat(rememberMe).isNotNull();
		assertThat(rememberMe.isHttpOnly()).isTrue();
		assertThat(new JdbcTemplate(this.dataSource).queryForObject(
				"select count(*) from persistent_logins where username = ?", Integer.class, staff.getUsername()))
			.isEqualTo(1);
		this.mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk());
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		this.mvc.perform(post("/people/1/consent").param("consent", "true").with(user(manager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(manager))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/login").param("username", manager.getUsername()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsSecurityHeadersWithEveryPage() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void sendsHstsWhenServedOverHttps() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
	}

	@Test
	void keepsTheH2ConsoleOff() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);

		this.mvc.perform(get("/h2-console").with(user(admin))).andExpect(status().isNotFound());
	}

	@Autowired
	SignInThrottle throttle;

	@Test
	void theSamePersonSigningInManyTimesAtOnceNeverFails() throws Exception {
		String name = "twice." + java.util.UUID.randomUUID() + "@example.com";
		int threads = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 10; round++) {
				java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
				java.util.List<java.util.concurrent.Future<Boolean>> attempts = new java.util.ArrayList<>();
				for (int i = 0; i < threads; i++) {
					attempts.add(pool.submit(() -> {
						together.await();
						boolean allowed = this.throttle.beginAttempt(name);
						this.throttle.succeeded(name);
						return allowed;
					}));
				}
				for (java.util.concurrent.Future<Boolean> attempt : attempts) {
					attempt.get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.throttle.beginAttempt(name)).isTrue();
	}

	@Test
	void aSignInNeedsOnlyOneFreeDatabaseConnection() throws Exception {
		String name = "busy." + java.util.UUID.randomUUID() + "@example.com";

		assertThat(BusyConnections.withOneFreeConnection(this.dataSource, () -> this.throttle.beginAttempt(name)))
			.isTrue();
	}

}
