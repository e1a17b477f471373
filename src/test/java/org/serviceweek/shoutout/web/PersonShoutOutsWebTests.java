package org.serviceweek.shoutout.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.Person;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's shout-outs, one year at a time, with a link to every year. (The planner's
 * context: a settable clock and MockMvc.)
 */
@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class PersonShoutOutsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	MutableClock clock;

	@Test
	void showsTheLatestYearAndLinksEveryYearWithItsCounts() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		Person bea = this.testAccounts.person("Bea Years");
		long value = this.values.add("Years " + UUID.randomUUID(), null).getId();
		this.clock.set(Instant.parse("2024-06-03T09:00:00Z"));
		this.shoutOuts.post(me.getPersonId(),
				new NewShoutOut(List.of(bea.getId()), null, value, "Back in 2024", false, null));
		this.clock.set(Instant.parse("2026-06-03T09:00:00Z"));
		this.shoutOuts.post(me.getPersonId(),
				new NewShoutOut(List.of(bea.getId()), null, value, "This year", false, null));
		String page = "/people/" + bea.getId() + "/shoutouts";

		this.mvc.perform(get(page).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This year")))
			.andExpect(content().string(not(containsString("Back in 2024"))))
			.andExpect(content().string(containsString("Received in 2026 (1)")))
			.andExpect(content().string(containsString("aria-current=\"page\">2026: 1 received, 0 given</a>")))
			.andExpect(
					content().string(containsString("href=\"" + page + "?year=2024\">2024: 1 received, 0 given</a>")));
		this.mvc.perform(get(page).param("year", "2024").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Back in 2024")))
			.andExpect(content().string(not(containsString("This year"))))
			.andExpect(content().string(containsString("aria-current=\"page\">2024: 1 received, 0 given</a>")));
		this.mvc.perform(get(page).param("year", "not-a-year").with(user(me))).andExpect(status().isBadRequest());
	}

}
