package org.serviceweek.fame.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.fame.Induction;
import org.serviceweek.fame.InductionRequest;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@org.springframework.context.annotation.Import(org.serviceweek.shared.StatementCounting.class)
@AutoConfigureMockMvc
class FameWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Autowired
	WallOfFame fame;

	private SignedInAccount manager;

	private SignedInAccount staff;

	private long categoryId;

	@BeforeEach
	void accounts() {
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
		this.staff = this.testAccounts.signedIn(Role.STAFF);
		this.categoryId = this.fame.activeCategories().get(0).getId();
	}

	@Test
	void aRefusedInductionIsShownAgainWithWhatWasTypedAndTheFieldsError() throws Exception {
		Person hero = person("Form Hero");

		String page = this.mvc
			.perform(post("/fame/inductions").with(user(this.manager))
				.with(csrf())
				.param("personId", hero.getId().toString())
				.param("categoryId", String.valueOf(this.categoryId))
				.param("year", "1999")
				.param("citation", "KEEP-THIS-CITATION"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Choose a year from 2000 to", "KEEP-THIS-CITATION", "Form Hero",
				"aria-invalid=\"true\"");
	}

	@Test
	void aStaleEditKeepsTheInputAndShowsWhatIsSavedNow() throws Exception {
		Person hero = person("Stale Hero");
		Induction induction = this.fame.induct(this.manager.getPersonId(),
				new InductionRequest(hero.getId(), this.categoryId, 2026, "SAVED-BY-SOMEONE-ELSE", null));
		long oldVersion = induction.getVersion();
		this.fame.update(induction.getId(), oldVersion,
				new InductionRequest(hero.getId(), this.categoryId, 2026, "NEWER-CITATION", null));

		String page = this.mvc
			.perform(post("/fame/inductions/" + induction.getId()).with(user(this.manager))
				.with(csrf())
				.param("categoryId", String.valueOf(this.categoryId))
				.param("year", "2026")
				.param("citation", "MY-TYPED-CITATION")
				.param("version", String.valueOf(oldVersion)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Someone else changed this induction", "MY-TYPED-CITATION", "NEWER-CITATION");
		assertThat(this.fame.get(induction.getId()).getCitation()).isEqualTo("NEWER-CITATION");
	}

	@Test
	void anInductionWithoutAValidPersonKeepsTheCitationAndAsksForThePerson() throws Exception {
		for (String personId : new String[] { "", "abc", "987654" }) {
			String page = this.mvc
				.perform(post("/fame/inductions").with(user(this.manager))
					.with(csrf())
					.param("personId", personId)
					.param("categoryId", String.valueOf(this.categoryId))
					.param("year", "2026")
					.param("citation", "TYPED-BEFORE-" + personId))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).as(personId)
				.contains("TYPED-BEFORE-" + personId, "Choose the person to induct.", "id=\"personId\"");
		}
	}

	@Test
	void aMadeUpCategoryInANominationIsShownAsAnError() throws Exception {
		Person nominee = person("Category Nominee");

		String page = this.mvc
			.perform(post("/nominate").with(user(this.staff))
				.with(csrf())
				.param("nomineeId", nominee.getId().toString())
				.param("categoryId", "abc")
				.param("reason", "KEEP-THIS-REASON"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("That value is not valid here.", "KEEP-THIS-REASON");
	}

	@Test
	void aNominationWithoutReasonIsShownAgainWithTheError() throws Exception {
		Person nominee = person("Nominee Web");

		String page = this.mvc
			.perform(post("/nominate").with(user(this.staff))
				.with(csrf())
				.param("nomineeId", nominee.getId().toString())
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Say why they deserve it.");
		this.mvc
			.perform(post("/nominate").with(user(this.staff))
				.with(csrf())
				.param("nomineeId", nominee.getId().toString())
				.param("reason", "<b>Always</b> there"))
			.andExpect(redirectedUrl("/nominate"));
		String mine = this.mvc.perform(get("/nominate").with(user(this.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("&lt;b&gt;Always&lt;/b&gt; there").doesNotContain("<b>Always</b>");
	}

	@Test
	void aCategoryNameIsCheckedBesideTheField() throws Exception {
		String page = this.mvc
			.perform(post("/fame/categories").with(user(this.manager))
				.with(csrf())
				.param("name", "n".repeat(81))
				.param("description", "KEPT-DESCRIPTION"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Keep the name to 80 characters.", "KEPT-DESCRIPTION");
	}

	@Test
	void theCertificateIsAPdfDownloadNamedAfterThePerson() throws Exception {
		Person hero = person("Zoë Łukasiewicz");
		Induction induction = this.fame.induct(this.manager.getPersonId(),
				new InductionRequest(hero.getId(), this.categoryId, 2026, "For everything", null));

		byte[] pdf = this.mvc
			.perform(get("/fame/inductions/" + induction.getId() + "/certificate.pdf").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers
						.containsString("filename*=UTF-8''certificate-2026-Zo%C3%AB-%C5%81ukasiewicz.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get("/fame/inductions/" + induction.getId() + "/certificate.pdf").with(user(this.staff)))
			.andExpect(status().isForbidden());
	}

	private Person person(String name) {
		return this.people
			.add(new PersonDetails(name, "p." + UUID.randomUUID() + "@example.com", "Agent", null, null, true));
	}

}
