package org.serviceweek.notification.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.Notices;
import org.serviceweek.shared.StatementCounting;

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
 * The header's count of unread notices: on every page a signed-in person sees, and not
 * counted for a request that only redirects.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class UnreadNoticesAdviceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Notices notices;

	@Test
	void everyPageCountsTheUnreadNoticesInItsHeader() throws Exception {
		SignedInAccount me = withTwoUnreadNotices();

		String page = this.mvc.perform(get("/account").with(user(me))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Notices (2 new)");
	}

	@Test
	void aFormThatRedirectsDoesNotCountThem() throws Exception {
		SignedInAccount me = withTwoUnreadNotices();

		StatementCounting.reset();
		this.mvc.perform(post("/notices/read").with(user(me)).with(csrf())).andExpect(redirectedUrl("/notices"));

		assertThat(StatementCounting.statements()).isNotEmpty()
			.noneMatch((sql) -> sql.contains("count(") && sql.contains("from notice"));
		String after = this.mvc.perform(get("/account").with(user(me))).andReturn().getResponse().getContentAsString();
		assertThat(after).contains(">Notices</a>").doesNotContain("new)");
	}

	@Test
	void aNoticeWritesItsDateAsEveryPageDoes() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		this.notices.post(me.getPersonId(), "notice.placeFreedUp", List.of("Kick-off", "2026-10-05"), "/week");

		String page = this.mvc.perform(get("/notices").with(user(me))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("you now have a place at &quot;Kick-off&quot; on 5 October 2026.");
	}

	private SignedInAccount withTwoUnreadNotices() {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		for (int i = 0; i < 2; i++) {
			this.notices.post(me.getPersonId(), "notice.activityCancelled", List.of("Kick-off", "2026-10-05"), "/week");
		}
		return me;
	}

}
