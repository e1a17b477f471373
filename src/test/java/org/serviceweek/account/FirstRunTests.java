package org.serviceweek.account;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A brand-new installation: no account, no default password, every page leads to setup.
 */
@SpringBootTest(properties = "serviceweek.test.context=first-run")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	@Order(1)
	void everyPageLeadsToSetupUntilTheFirstAdministratorExists() throws Exception {
		for (String page : new String[] { "/", "/login", "/people", "/admin/accounts", "/anything" }) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/setup"));
		}
		this.mvc.perform(get("/setup")).andExpect(status().isOk());
		this.mvc.perform(get("/css/serviceweek.css")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	@Order(2)
	void refusesAWeakPasswordAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("name", "Helen Achterberg")
				.param("email", "helen@example.com")
				.param("password", "password2026")
				.param("confirmPassword", "password2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("too common")))
			.andExpect(content().string(containsString("value=\"helen@example.com\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"password2026\""))));
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("name", "")
				.param("email", "not an email")
				.param("password", "lantern fjord pebble")
				.param("confirmPassword", "lantern fjord pebbles"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Enter an email address")))
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		assertThat(this.accounts.isInstalled()).isFalse();
	}

	@Test
	@Order(3)
	void createsTheFirstAdministratorThenTheSetupPageIsGone() throws Exception {
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("name", "Helen Achterberg")
				.param("email", "Helen@Example.com")
				.param("password", "lantern fjord pebble")
				.param("confirmPassword", "lantern fjord pebble"))
			.andExpect(redirectedUrl("/login"));

		assertThat(this.accounts.findByEmail("helen@example.com"))
			.hasValueSatisfying((account) -> assertThat(account.getRole()).isEqualTo(Role.ADMIN));
		this.mvc.perform(get("/setup")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("name", "Intruder")
				.param("email", "intruder@example.com")
				.param("password", "lantern fjord pebble")
				.param("confirmPassword", "lantern fjord pebble"))
			.andExpect(status().isNotFound());
		this.mvc.perform(formLogin().user("helen@example.com").password("lantern fjord pebble"))
			.andExpect(redirectedUrl("/"));
	}

}
