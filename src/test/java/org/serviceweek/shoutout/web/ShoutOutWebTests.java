package org.serviceweek.shoutout.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "serviceweek.test.context=shoutout-web", "serviceweek.thanks.per-hour=2" })
@AutoConfigureMockMvc
class ShoutOutWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Test
	void visitorsSeeOnlyApprovedShoutOutsAboutPeopleWhoConsented() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		long value = this.values.add("Care " + UUID.randomUUID(), null).getId();
		Person author = person("Writer Person", true);
		Person shown = person("Shown Person", true);
		Person private1 = person("Private Person", false);
		ShoutOut approved = shoutOut(author, shown, value, "APPROVED-MESSAGE", true);
		ShoutOut pending = shoutOut(author, shown, value, "PENDING-MESSAGE", true);
		ShoutOut rejected = shoutOut(author, shown, value, "REJECTED-MESSAGE", true);
		ShoutOut internal = shoutOut(author, shown, value, "INTERNAL-MESSAGE", false);
		ShoutOut noConsent = shoutOut(author, private1, value, "NO-CONSENT-MESSAGE", true);
		this.moderation.approve(approved.getId(), manager.getPersonId(), null, null);
		this.moderation.reject(rejected.getId(), manager.getPersonId(), "No");
		this.moderation.approve(noConsent.getId(), manager.getPersonId(), null, null);

		String wall = this.mvc.perform(get("/wall"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(wall).contains("APPROVED-MESSAGE", "Shown Person")
			.doesNotContain("PENDING-MESSAGE", "REJECTED-MESSAGE", "INTERNAL-MESSAGE", "NO-CONSENT-MESSAGE",
					"Private Person");
		this.mvc.perform(get("/shoutouts/" + pending.getId())).andExpect(redirectedUrl("/login"));
		assertThat(internal.getId()).isNotNull();
	}

	@Test
	void sendingTheSameFormTwiceCreatesOneShoutOut() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Person colleague = person("Colleague " + UUID.randomUUID(), false);
		long value = this.values.add("Grit " + UUID.randomUUID(), null).getId();
		String key = UUID.randomUUID().toString();

		String first = this.mvc.perform(form(staff, colleague, value, key))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(form(staff, colleague, value, key))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(first).startsWith("/shoutouts/").isEqualTo(second);
	}

	@Test
	void aChangeThatCanNoLongerBeSavedIsGivenBackToCopy() throws Exception {
		SignedInAccount author = this.testAccounts.signedIn(Role.STAFF);
		SignedInAccount someoneElse = this.testAccounts.signedIn(Role.STAFF);
		Person colleague = person("Colleague " + UUID.randomUUID(), false);
		long value = this.values.add("Care " + UUID.randomUUID(), null).getId();
		String page = this.mvc.perform(form(author, colleague, value, UUID.randomUUID().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		// Refused (not theirs; the same as once the 15 minutes are over): the text comes
		// back on the shout-out's page instead of being lost.
		var refused = this.mvc
			.perform(post(page).with(user(someoneElse))
				.with(csrf())
				.param("message", "My <b>rewritten</b> thanks")
				.param("valueId", String.valueOf(value)))
			.andExpect(redirectedUrl(page))
			.andReturn();
		assertThat(refused.getFlashMap().get("unsavedMessage")).isEqualTo("My <b>rewritten</b> thanks");

		// The next page, through the session (kept in the database).
		this.mvc.perform(get(page).with(user(someoneElse)).cookie(refused.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your change was not saved")))
			.andExpect(content().string(containsString("My &lt;b&gt;rewritten&lt;/b&gt; thanks</textarea>")));
	}

	@Test
	void fieldsInErrorAreMarkedForScreenReaders() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc
			.perform(post("/shoutouts").with(csrf())
				.with(user(staff))
				.param("message", "")
				.param("submissionKey", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("aria-describedby=\"message-hint message-error\" aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("aria-describedby=\"valueId-error\" aria-invalid=\"true\"")));
	}

	@Test
	void aPageFarBeyondTheLastIsCheapAndHarmless() throws Exception {
		String html = this.mvc.perform(get("/wall").param("page", "400000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/wall").param("page", String.valueOf(Integer.MAX_VALUE))).andExpect(status().isOk());

		assertThat(html.length()).isLessThan(100_000);
	}

	@Test
	void theSameFormSentSeveralTimesAtOnceGivesOneShoutOutAndNoError() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Person colleague = person("Colleague " + UUID.randomUUID(), false);
		long value = this.values.add("Speed " + UUID.randomUUID(), null).getId();
		String key = UUID.randomUUID().toString();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try {
			List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 5; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(form(staff, colleague, value, key))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
				}));
			}
			start.countDown();
			java.util.Set<String> locations = new java.util.HashSet<>();
			for (java.util.concurrent.Future<String> result : results) {
				locations.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(locations).hasSize(1).allSatisfy((location) -> assertThat(location).startsWith("/shoutouts/"));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void reactionsAnswerScriptsWithJsonAndPlainFormsWithARedirect() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		long value = this.values.add("Joy " + UUID.randomUUID(), null).getId();
		ShoutOut shoutOut = shoutOut(person("A", true), person("B", true), value, "Thanks", false);

		this.mvc
			.perform(post("/shoutouts/" + shoutOut.getId() + "/reactions/APPLAUSE").with(csrf())
				.with(user(staff))
				.header("Accept", "application/json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.reacted").value(true));
		this.mvc
			.perform(post("/shoutouts/" + shoutOut.getId() + "/reactions/APPLAUSE").with(csrf())
				.with(user(staff))
				.param("returnTo", "https://evil.example/"))
			.andExpect(redirectedUrl("/shoutouts/" + shoutOut.getId() + "#shoutout-" + shoutOut.getId()));
	}

	@Test
	void thePublicThanksFormShowsFieldErrorsAndSlowsDownOneAddress() throws Exception {
		this.mvc.perform(post("/thanks").with(csrf()).param("agentName", "").param("message", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Use at most 1,000 characters.")));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(thanks("Thank you " + i)).andExpect(redirectedUrl("/thanks/sent"));
		}
		this.mvc.perform(thanks("One too many"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("try again later")))
			.andExpect(content().string(containsString("One too many")));
		String wall = this.mvc.perform(get("/wall")).andReturn().getResponse().getContentAsString();
		assertThat(wall).doesNotContain("Thank you 0");
	}

	@Test
	void messagesAreEscapedAndOnlyLinksBecomeMarkup() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		long value = this.values.add("Safe " + UUID.randomUUID(), null).getId();
		ShoutOut shoutOut = shoutOut(person("C", true), person("D", true), value,
				"<script>alert(1)</script>\nSee https://example.com/guide for more", false);

		this.mvc.perform(get("/shoutouts/" + shoutOut.getId()).with(user(staff)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;<br>")))
			.andExpect(content().string(containsString(
					"<a href=\"https://example.com/guide\" rel=\"nofollow noopener noreferrer\">https://example.com/guide</a>")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder thanks(String message) {
		return post("/thanks").with(csrf()).param("agentName", "Ana").param("message", message).with((request) -> {
			request.setRemoteAddr("192.0.2.44");
			return request;
		});
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(SignedInAccount staff,
			Person colleague, long value, String key) {
		return post("/shoutouts").with(csrf())
			.with(user(staff))
			.param("recipientIds", String.valueOf(colleague.getId()))
			.param("valueId", String.valueOf(value))
			.param("message", "Thanks for the help")
			.param("submissionKey", key);
	}

	private ShoutOut shoutOut(Person author, Person to, long value, String message, boolean wantsPublic) {
		return this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(to.getId()), null, value, message, wantsPublic, null));
	}

	private Person person(String name, boolean consent) {
		return this.people
			.add(new PersonDetails(name, "p." + UUID.randomUUID() + "@example.com", "Agent", null, null, consent));
	}

}
