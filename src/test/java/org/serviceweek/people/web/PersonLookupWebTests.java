package org.serviceweek.people.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CustomerThanks;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A directory too large to list in a page (here: any size, {@code list-all-up-to=0}): the
 * pickers ask the server as one types, and the forms carry only the people already
 * chosen.
 */
@SpringBootTest(properties = { "serviceweek.test.context=person-lookup", "serviceweek.people.list-all-up-to=0" })
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class PersonLookupWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	People people;

	@Autowired
	CustomerThanks customerThanks;

	@Autowired
	WeekPlanner planner;

	@Autowired
	Leaders leaders;

	@Autowired
	MutableClock clock;

	private final String token = "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

	private Person person(String name, Team team) {
		return this.people.add(new PersonDetails(name, UUID.randomUUID() + "@example.com", "Agent", null,
				(team != null) ? team.getId() : null, false));
	}

	@Test
	void findsPeopleByPartOfTheirNameOrTheirTeamSortedByName() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		Team desk = this.people.addTeam("Desk " + this.token);
		person("Bea " + this.token, null);
		person("Ana " + this.token, desk);
		person("Cy Nobody", desk);
		person("Dee Elsewhere", null);

		this.mvc.perform(get("/people/lookup").param("q", this.token.toUpperCase(Locale.ROOT)).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(jsonPath("$[*].name", contains("Ana " + this.token, "Bea " + this.token, "Cy Nobody")))
			.andExpect(jsonPath("$[0].team").value("Desk " + this.token))
			.andExpect(jsonPath("$[1].team").doesNotExist())
			.andExpect(jsonPath("$[0].id").isNumber());
	}

	@Test
	void namesThatStartWithTheQuestionComeBeforeOtherMatches() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		String typed = "mo" + this.token.toLowerCase(Locale.ROOT);
		String start = "Mo" + this.token.toLowerCase(Locale.ROOT);
		person(start + " Zed", null);
		person("Cat " + start, null);
		person("A" + typed + " Able", null);
		this.people.add(new PersonDetails("Bob Titled", typed + "." + UUID.randomUUID() + "@example.com",
				"Lead " + typed, null, null, false));

		// Alphabetical would put the one whose name starts with it last.
		this.mvc.perform(get("/people/lookup").param("q", typed).with(user(me)))
			.andExpect(jsonPath("$[*].name",
					contains(start + " Zed", "Cat " + start, "A" + typed + " Able", "Bob Titled")));
	}

	@Test
	void givesTheFirstTwentyMatchesAtMost() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		IntStream.range(0, 25).forEach((i) -> person(String.format("%s %02d", this.token, i), null));

		this.mvc.perform(get("/people/lookup").param("q", this.token).with(user(me)))
			.andExpect(jsonPath("$", hasSize(People.LOOKUP_LIMIT)))
			.andExpect(jsonPath("$[0].name").value(this.token + " 00"))
			.andExpect(jsonPath("$[19].name").value(this.token + " 19"));
	}

	@Test
	void aBlankOrWildcardOrOverlongQuestionMatchesNobody() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		person("Percent " + this.token, null);

		for (String question : List.of("", "   ", "%", "_", "\\", this.token + "x".repeat(500))) {
			this.mvc.perform(get("/people/lookup").param("q", question).with(user(me)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		}
		this.mvc.perform(get("/people/lookup").with(user(me))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theShoutOutFormCarriesOnlyWhoIsChosenAndSearchesTheRest() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		Person chosen = person("Chosen " + this.token, null);
		Person other = person("Other " + this.token, null);

		this.mvc.perform(get("/shoutouts/new").param("to", String.valueOf(chosen.getId())).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + chosen.getId() + "\" selected")))
			.andExpect(content().string(not(containsString("value=\"" + other.getId() + "\""))))
			.andExpect(content().string(containsString("data-lookup=\"/people/lookup\"")))
			.andExpect(content().string(containsString("data-exclude=\"" + me.getPersonId() + "\"")))
			.andExpect(content().string(containsString("choosing here needs JavaScript")));
	}

	@Test
	void aShoutOutFormSentBackKeepsTheChosenPeople() throws Exception {
		SignedInAccount me = this.testAccounts.signedIn(Role.STAFF);
		Person first = person("First " + this.token, null);
		Person second = person("Second " + this.token, null);
		Person other = person("Other " + this.token, null);

		String page = this.mvc
			.perform(post("/shoutouts").with(csrf())
				.with(user(me))
				.param("submissionKey", UUID.randomUUID().toString())
				.param("recipientIds", String.valueOf(first.getId()), String.valueOf(second.getId()))
				.param("message", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("value=\"" + first.getId() + "\" selected", "value=\"" + second.getId() + "\" selected")
			.doesNotContain("value=\"" + other.getId() + "\"");
	}

	@Test
	void theModerationPageOffersAPickerPerCustomerThanksWithoutListingEveryone() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person bystander = person("Bystander " + this.token, null);
		this.customerThanks.submit("Zed on the phone", "Sorted my refund in a minute.", "A customer", null,
				"203.0.113." + (Math.abs(this.token.hashCode()) % 200), null);

		this.mvc.perform(get("/moderation").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("picker__select")))
			.andExpect(content().string(containsString("-lookup\"")))
			.andExpect(content().string(not(containsString("value=\"" + bystander.getId() + "\""))));
	}

	@Test
	void aRideAlongBookingKeepsItsTeamsInThePageAndLooksTheAgentsUp() throws Exception {
		SignedInAccount leader = this.testAccounts.signedIn(Role.STAFF);
		this.leaders.mark(leader.getPersonId(), leader.getPersonId());
		Team billing = this.people.addTeam("Billing " + this.token);
		Person agent = person("Agent " + this.token, billing);
		Person bystander = person("Bystander " + this.token, billing);

		this.mvc.perform(get("/frontline/bookings/new").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-value-prefix=\"person-\"")))
			.andExpect(content().string(containsString("value=\"team-" + billing.getId() + "\" data-local=\"true\"")))
			.andExpect(content().string(not(containsString("value=\"person-" + agent.getId() + "\""))));
		// Sent back for a missing date: the agent chosen is still there, nobody else.
		this.mvc
			.perform(post("/frontline/bookings/new").with(csrf())
				.with(user(leader))
				.param("withWhom", "person-" + agent.getId())
				.param("channel", "CALLS")
				.param("startsAt", "10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"person-" + agent.getId() + "\" selected")))
			.andExpect(content().string(not(containsString("value=\"person-" + bystander.getId() + "\""))));
	}

	@Test
	void theNominationInductionAndHostFormsLookPeopleUp() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person host = person("Host " + this.token, null);
		Person bystander = person("Bystander " + this.token, null);
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		int year = 2100 - (int) (Math.abs(System.nanoTime()) % 40);
		while (this.planner.find(year).isPresent()) {
			year--;
		}
		this.planner.startPlanning(year, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate monday = this.planner.get(year).getStartsOn();
		Activity talk = this.planner.addActivity(year,
				new ActivityDetails(monday, LocalTime.of(10, 0), LocalTime.of(11, 0), "Career talk",
						ActivityKind.TRAINING, "Room 1", null, host.getId(), null, 10, null));

		for (String path : List.of("/nominate", "/fame/inductions/new", "/activities/" + talk.getId() + "/edit")) {
			this.mvc.perform(get(path).with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("picker__select")))
				.andExpect(content().string(containsString("data-lookup=\"/people/lookup\"")))
				.andExpect(content().string(containsString("finding someone here needs JavaScript")))
				.andExpect(content().string(not(containsString("value=\"" + bystander.getId() + "\""))));
		}
		this.mvc.perform(get("/activities/" + talk.getId() + "/edit").with(user(manager)))
			.andExpect(content().string(containsString("value=\"" + host.getId() + "\" selected")));
	}

	@Test
	void withoutScriptTheNominationAndInductionFormsLeadThroughTheDirectory() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person colleague = person("Colleague " + this.token, null);

		this.mvc.perform(get("/nominate").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("choose Nominate on their page.</span>")))
			.andExpect(content().string(containsString("<a href=\"/people\">Open the directory</a></p></noscript>")));
		this.mvc.perform(get("/fame/inductions/new").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("choose Induct on their page.</span>")))
			.andExpect(content().string(containsString("<a href=\"/people\">Open the directory</a></p></noscript>")));

		this.mvc.perform(get("/people/" + colleague.getId()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/nominate?person=" + colleague.getId() + "\"")))
			.andExpect(
					content().string(containsString("href=\"/fame/inductions/new?person=" + colleague.getId() + "\"")));
		this.mvc.perform(get("/nominate").param("person", String.valueOf(colleague.getId())).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + colleague.getId() + "\" selected")));
		this.mvc
			.perform(get("/fame/inductions/new").param("person", String.valueOf(colleague.getId())).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>Colleague " + this.token + "</strong>")));
	}

}
