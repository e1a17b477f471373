package org.serviceweek.week.web;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shared.StatementCounting;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekAtAGlance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The header's countdown to the week: on every page, and not read for a request that only
 * redirects.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class CelebrationHeaderAdviceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	CelebrationWeeks weeks;

	@Test
	void everyPageShowsTheCountdownInItsHeader() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		WeekAtAGlance glance = this.weeks.glance();

		String page = this.mvc.perform(get("/account").with(user(me))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("class=\"celebration__countdown\"", "Customer Service Week " + glance.year());
	}

	@Test
	void aFormThatRedirectsDoesNotReadTheWeek() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);

		StatementCounting.reset();
		this.mvc.perform(post("/notices/read").with(user(me)).with(csrf())).andExpect(redirectedUrl("/notices"));

		assertThat(StatementCounting.statements()).isNotEmpty().noneMatch((sql) -> sql.contains("celebration_week"));
	}

}
