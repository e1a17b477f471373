package org.serviceweek.notification.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.NotificationSettings;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Managers choose the language of the emails and chat messages on the notification
 * settings page; a bad value is shown again with its error and changes nothing.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class NotificationSettingsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	NotificationSettings settings;

	@AfterEach
	void backToEnglish() {
		this.settings.changeLanguage(Locale.ENGLISH);
		this.settings.changeWebhookUrl("");
	}

	@Test
	void theLanguageOfEmailsIsEnglishUntilAManagerChoosesAnother() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		String before = page(manager);
		this.mvc
			.perform(post("/notifications/settings").param("webhookUrl", "")
				.param("language", "de")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/notifications/settings"));

		assertThat(before).contains("<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>")
			.contains("<option value=\"de\" lang=\"de\">Deutsch</option>");
		assertThat(this.settings.language()).isEqualTo(Locale.GERMAN);
		assertThat(page(manager)).contains("<option value=\"de\" lang=\"de\" selected=\"selected\">Deutsch</option>");
	}

	@Test
	void aLanguageTheAppDoesNotSpeakIsShownAgainWithItsErrorAndNothingIsSaved() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		String page = this.mvc
			.perform(post("/notifications/settings").param("webhookUrl", "https://chat.example.com/hook")
				.param("language", "fr")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Choose one of the languages offered.")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"https://chat.example.com/hook\"");
		assertThat(this.settings.language()).isEqualTo(Locale.ENGLISH);
		assertThat(this.settings.webhookUrl()).isEmpty();
	}

	@Test
	void aFormSentWithoutTheLanguageKeepsTheOneChosen() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		this.settings.changeLanguage(Locale.GERMAN);

		this.mvc
			.perform(post("/notifications/settings").param("webhookUrl", "https://chat.example.com/hook")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/notifications/settings"));

		assertThat(this.settings.language()).isEqualTo(Locale.GERMAN);
		assertThat(this.settings.webhookUrl()).contains("https://chat.example.com/hook");
	}

	@Test
	void staffCannotChangeIt() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(post("/notifications/settings").param("language", "de").with(user(staff)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(this.settings.language()).isEqualTo(Locale.ENGLISH);
	}

	private String page(SignedInAccount manager) throws Exception {
		return this.mvc.perform(get("/notifications/settings").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
