package org.serviceweek.people.web;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Test
	void reShowsBadInputBesideEachFieldAndKeepsWhatWasTyped() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		this.mvc
			.perform(post("/people").with(csrf())
				.with(user(manager))
				.param("name", "")
				.param("email", "not-an-email")
				.param("jobTitle", "x".repeat(121))
				.param("pronouns", "she/her"))
			.andExpect(status().isOk())
			.andExpect(view().name("people/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "email", "jobTitle"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Use at most 120 characters.")))
			.andExpect(content().string(containsString("value=\"she/her\"")));
	}

	@Test
	void refusesASecondPersonWithTheSameEmail() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person ana = this.testAccounts.person("Ana Silva");

		this.mvc
			.perform(post("/people").with(csrf())
				.with(user(manager))
				.param("name", "Another Ana")
				.param("email", ana.getEmail().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone already has this email.")));
	}

	@Test
	void aStaleEditKeepsWhatWasTypedAndOverwritesNothing() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person tom = this.testAccounts.person("Tom Becker");
		long staleVersion = tom.getVersion();
		this.people.update(tom.getId(), staleVersion,
				new PersonDetails("Tom Becker", tom.getEmail(), "Team lead", null, null, false));

		this.mvc
			.perform(post("/people/" + tom.getId()).with(csrf())
				.with(user(manager))
				.param("name", "Thomas Becker")
				.param("email", tom.getEmail())
				.param("version", String.valueOf(staleVersion)))
			.andExpect(status().isConflict())
			.andExpect(view().name("people/form"))
			.andExpect(content().string(containsString("Someone else saved a change to this")))
			.andExpect(content().string(containsString("value=\"Thomas Becker\"")));

		assertThat(this.people.get(tom.getId()).getName()).isEqualTo("Tom Becker");
		assertThat(this.people.get(tom.getId()).getJobTitle()).isEqualTo("Team lead");
	}

	@Test
	void managerTurnsConsentOnFromTheRosterAndReturnsToTheSamePage() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person sofia = this.testAccounts.person("Sofia Rossi");

		this.mvc
			.perform(post("/people/" + sofia.getId() + "/consent").with(csrf())
				.with(user(manager))
				.param("consent", "true")
				.param("q", "sofia")
				.param("page", "0"))
			.andExpect(redirectedUrl("/people?q=sofia&page=0"))
			.andExpect(flash().attribute("success", "people.consent.on"));

		assertThat(this.people.get(sofia.getId()).isPublicConsent()).isTrue();
	}

	@Test
	void uploadWithoutAFileAsksForOne() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		this.mvc.perform(multipart("/roster/import").with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a CSV file to upload.")));
	}

	@Test
	void previewListsWrongRowsAndOffersNoImportButton() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv",
				"name,email\nAna,ana@example.com\nTom,not-an-email\n".getBytes());

		this.mvc.perform(multipart("/roster/import").file(file).with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;not-an-email&quot; is not an email address.")))
			.andExpect(content().string(containsString("nothing can be imported yet")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/roster/import/confirm"))));
	}

	@Test
	void aRosterOverTwoMegabytesIsRefusedWithAMessage() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		MockMultipartFile file = new MockMultipartFile("file", "big.csv", "text/csv", new byte[2 * 1024 * 1024 + 10]);

		this.mvc.perform(multipart("/roster/import").file(file).with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That file is too large")));
	}

	@Test
	void exportsTheRosterAsAnAttachment() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);

		this.mvc.perform(get("/roster/export").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("name,email,team,title,pronouns,consent")))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("\uFEFF")));
	}

	@Test
	void escapesWhatPeopleTyped() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Person person = this.people.add(new PersonDetails("<script>alert(1)</script>",
				"xss." + System.nanoTime() + "@example.com", "<b>bold</b>", null, null, false));

		this.mvc.perform(get("/people/" + person.getId()).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
	}

	@Test
	void theImportSummaryReachesTheNextPageThroughTheSessionStoredInTheDatabase() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		long unique = System.nanoTime();

		String key = previewed(manager,
				"name,email,team\nRosa Flash,rosa." + unique + "@example.com,Team " + unique + "\n");
		jakarta.servlet.http.Cookie[] session = this.mvc
			.perform(post("/roster/import/confirm").with(csrf()).with(user(manager)).param("upload", key))
			.andExpect(redirectedUrl("/people"))
			.andReturn()
			.getResponse()
			.getCookies();

		// The summary is a flash attribute: it was serialised into the session table and
		// is read back by the next request, which may reach another instance.
		this.mvc.perform(get("/people").cookie(session).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Roster imported: 1 new, 0 updated, 0 unchanged, 1 new teams.")));
	}

	@Test
	void aPreviewedFileWaitsOnTheServerAndTheFormCarriesOnlyItsKey() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		String email = "kept." + System.nanoTime() + "@example.com";
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv",
				("name,email\nKept Roster," + email + "\n").getBytes());

		String preview = this.mvc.perform(multipart("/roster/import").file(file).with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("/roster/import/confirm").doesNotContain("name=\"csv\"");
		String key = keyIn(preview);

		this.mvc.perform(post("/roster/import/confirm").with(csrf()).with(user(manager)).param("upload", key))
			.andExpect(redirectedUrl("/people"));
		assertThat(this.people.search(email, null, org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
			.extracting(Person::getName)
			.containsExactly("Kept Roster");

		// A second click: imported already, so nothing more happens and the page says so.
		this.mvc.perform(post("/roster/import/confirm").with(csrf()).with(user(manager)).param("upload", key))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This preview is no longer kept")));
		assertThat(this.people.search(email, null, org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
			.hasSize(1);
	}

	@Test
	void anotherManagerCannotImportSomeoneElsesPreview() throws Exception {
		SignedInAccount first = this.testAccounts.signedIn(Role.MANAGER);
		SignedInAccount second = this.testAccounts.signedIn(Role.MANAGER);
		String email = "not.theirs." + System.nanoTime() + "@example.com";
		String key = previewed(first, "name,email\nNot Theirs," + email + "\n");

		this.mvc.perform(post("/roster/import/confirm").with(csrf()).with(user(second)).param("upload", key))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This preview is no longer kept")));

		assertThat(this.people.search(email, null, org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
			.isEmpty();
	}

	/** Uploads a file for its preview and returns the key its import form carries. */
	private String previewed(SignedInAccount manager, String csv) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes());
		return keyIn(this.mvc.perform(multipart("/roster/import").file(file).with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String keyIn(String page) {
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"upload\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(key.find()).as("the import form's key in %s", page).isTrue();
		return key.group(1);
	}

	@Test
	void aPersonsPageOffersToNominateThemAndOnlyManagersToInductThem() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person colleague = this.people.add(new PersonDetails("Colleague",
				"colleague." + System.nanoTime() + "@example.com", "Agent", null, null, false));
		String nominate = "href=\"/nominate?person=" + colleague.getId() + "\"";
		String induct = "href=\"/fame/inductions/new?person=" + colleague.getId() + "\"";

		this.mvc.perform(get("/people/" + colleague.getId()).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(nominate)))
			.andExpect(content().string(containsString("Nominate Colleague for an award")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(induct))));
		this.mvc.perform(get("/people/" + colleague.getId()).with(user(manager)))
			.andExpect(content().string(containsString(nominate)))
			.andExpect(content().string(containsString(induct)));
		this.mvc.perform(get("/people/" + staff.getPersonId()).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/nominate?person="))));
	}

}
