package org.serviceweek.frontline.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shared.web.ErrorPageAttributes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages and files of leaders beside agents: who may do what (the 403 page itself is
 * rendered in the browser journey; here, the reason it is given), bad input beside its
 * field, escaped text, the conflict page, the suggestion link, the team's list, the
 * tracker and the calendar files. Shares the week planner's Spring context.
 */
@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class FrontlineWebTests {

	/** Tuesday 10 March 2026, 09:00 in Berlin. */
	static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

	static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	RideAlongs rideAlongs;

	@Autowired
	Leaders leaders;

	@Autowired
	People people;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	private SignedInAccount leader;

	private SignedInAccount staff;

	private SignedInAccount manager;

	private Team team;

	@BeforeEach
	void accounts() {
		this.clock.set(NOW);
		this.leader = this.testAccounts.signedIn(Role.STAFF);
		this.leaders.mark(this.leader.getPersonId(), this.leader.getPersonId());
		this.staff = this.testAccounts.signedIn(Role.STAFF);
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
		this.team = this.people.addTeam("Billing " + UUID.randomUUID());
	}

	@Test
	void someoneWhoIsNotALeaderIsToldWhyTheyCannotBook() throws Exception {
		this.mvc.perform(get("/frontline/bookings/new").with(user(this.staff)))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ErrorPageAttributes.REASON, "frontline.notALeader"));
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.manager))
				.with(csrf())
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CALLS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "10:00"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/frontline").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Managers choose who is a leader.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/frontline/bookings/new"))));
	}

	@Test
	void aLeaderBooksAnHourWithATeamAndTheTeamSeesItComing() throws Exception {
		String location = this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CHATS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "10:00")
				.param("endsAt", "")
				.param("note", "<script>alert('x')</script> listening first"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "frontline.booking.booked"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		RideAlong booked = this.rideAlongs.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(booked.minutes()).isEqualTo(60);

		joinTheTeam(this.staff);
		for (String page : new String[] { "/frontline/teams/" + this.team.getId(), "/frontline" }) {
			String html = this.mvc.perform(get(page).with(user(this.staff)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page)
				.contains(this.leader.getDisplayName() + " beside " + this.team.getName(), "10:00–11:00", "Chats",
						"Thu 12 Mar 2026", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; listening first")
				.doesNotContain("<script>alert");
		}
		this.mvc.perform(get("/teams/" + this.team.getId()).with(user(this.staff)))
			.andExpect(content().string(containsString("href=\"/frontline/teams/" + this.team.getId() + "\"")));
	}

	@Test
	void badInputIsShownBesideItsFieldWithWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CALLS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "11:00")
				.param("endsAt", "10:00")
				.param("note", "KEEP-THIS-NOTE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "endsAt", "frontline.booking.endBeforeStart"))
			.andExpect(content().string(containsString("The end must be after the start.")))
			.andExpect(content().string(containsString("KEEP-THIS-NOTE")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "")
				.param("date", "2026-02-30")
				.param("startsAt", "10:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "date"));
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "")
				.param("channel", "CALLS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "10:00"))
			.andExpect(model().attributeHasFieldErrorCode("form", "withWhom", "frontline.booking.withWhomMissing"))
			.andExpect(content().string(containsString("Choose a team or a colleague to sit with.")));
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CALLS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "10:00")
				.param("note", "n".repeat(501)))
			.andExpect(content().string(containsString("Keep the note to 500 characters.")));
		this.mvc
			.perform(post("/frontline/bookings/new").with(user(this.leader))
				.with(csrf())
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CALLS")
				.param("date", "2026-03-09")
				.param("startsAt", "10:00"))
			.andExpect(content().string(containsString("Choose a time that is still to come.")));
	}

	@Test
	void onlyTheLeaderOrAManagerChangesCancelsOrWritesLearnings() throws Exception {
		RideAlong booked = book(THURSDAY, "10:00");
		String id = booked.getId().toString();

		this.mvc.perform(get("/frontline/bookings/" + id + "/edit").with(user(this.staff)))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ErrorPageAttributes.REASON, "frontline.notYours"));
		this.mvc.perform(post("/frontline/bookings/" + id + "/cancel").with(user(this.staff)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/frontline/bookings/" + id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/edit"))));
		this.mvc.perform(get("/frontline/bookings/" + id + "/edit").with(user(this.manager)))
			.andExpect(status().isOk());

		this.mvc.perform(post("/frontline/bookings/" + id + "/cancel").with(user(this.leader)).with(csrf()))
			.andExpect(redirectedUrl("/frontline/bookings/" + id))
			.andExpect(flash().attribute("success", "frontline.booking.cancelled"));
		assertThat(this.rideAlongs.get(booked.getId()).isCancelled()).isTrue();
		this.mvc.perform(post("/frontline/bookings/" + id + "/cancel").with(user(this.leader)).with(csrf()))
			.andExpect(flash().attribute("failure", "frontline.booking.cancelledNoChange"));
	}

	@Test
	void aStaleEditKeepsWhatWasTypedAndShowsWhatIsSavedNow() throws Exception {
		RideAlong booked = book(THURSDAY, "10:00");
		long opened = booked.getVersion();
		this.rideAlongs.change(booked.getId(), opened, this.manager.getPersonId(), true, new Booking(THURSDAY,
				LocalTime.of(14, 0), null, this.team.getId(), null, Channel.EMAILS, "SAVED-NOTE"));

		String page = this.mvc
			.perform(post("/frontline/bookings/" + booked.getId() + "/edit").with(user(this.leader))
				.with(csrf())
				.param("version", String.valueOf(opened))
				.param("withWhom", "team-" + this.team.getId())
				.param("channel", "CALLS")
				.param("date", THURSDAY.toString())
				.param("startsAt", "16:00")
				.param("note", "MY-TYPED-NOTE"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Someone else changed this booking", "MY-TYPED-NOTE", "SAVED-NOTE", "16:00",
				"What is saved now");
		assertThat(this.rideAlongs.get(booked.getId()).getNote()).isEqualTo("SAVED-NOTE");
	}

	@Test
	void aStaleLearningKeepsWhatWasTyped() throws Exception {
		RideAlong booked = book(THURSDAY, "10:00");
		this.clock.set(Instant.parse("2026-03-12T10:00:00Z"));
		long opened = booked.getVersion();
		this.rideAlongs.recordLearning(booked.getId(), opened, this.manager.getPersonId(), true, "SAVED-LEARNING");

		this.mvc
			.perform(post("/frontline/bookings/" + booked.getId() + "/learned").with(user(this.leader))
				.with(csrf())
				.param("version", String.valueOf(opened))
				.param("learned", "MY-TYPED-LEARNING"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("MY-TYPED-LEARNING")))
			.andExpect(content().string(containsString("SAVED-LEARNING")))
			.andExpect(content().string(containsString("Someone else changed this booking")));
		assertThat(this.rideAlongs.get(booked.getId()).getLearned()).isEqualTo("SAVED-LEARNING");
	}

	@Test
	void learningsWaitForTheSlotAndBecomeAnEncodedSuggestionLink() throws Exception {
		RideAlong booked = book(THURSDAY, "10:00");
		String id = booked.getId().toString();

		this.mvc.perform(get("/frontline/bookings/" + id + "/learned").with(user(this.leader)))
			.andExpect(redirectedUrl("/frontline/bookings/" + id))
			.andExpect(flash().attribute("failure", "frontline.learned.notYet"));
		this.mvc
			.perform(post("/frontline/bookings/" + id + "/learned").with(user(this.leader))
				.with(csrf())
				.param("learned", "Too early"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("once the hour has started")));

		this.clock.set(Instant.parse("2026-03-12T09:20:00Z"));
		this.mvc.perform(get("/frontline/bookings/" + id + "/learned").with(user(this.leader)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/frontline/bookings/" + id + "/learned").with(user(this.leader))
				.with(csrf())
				.param("learned", " "))
			.andExpect(content().string(containsString("Write down what you learned.")));
		String learned = "Refunds & credits = 50% of calls; agents need <b>one</b> tool + a script?";
		this.mvc
			.perform(post("/frontline/bookings/" + id + "/learned").with(user(this.leader))
				.with(csrf())
				.param("learned", learned))
			.andExpect(redirectedUrl("/frontline/bookings/" + id));

		String page = this.mvc.perform(get("/frontline/bookings/" + id).with(user(this.leader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Refunds &amp; credits = 50% of calls; agents need &lt;b&gt;one&lt;/b&gt;")
			.doesNotContain("<b>one</b>");
		String href = page.replaceAll("(?s).*href=\"(/suggestions/new[^\"]*)\".*", "$1").replace("&amp;", "&");
		assertThat(href).startsWith("/suggestions/new?title=").doesNotContain(" ", "<", "+ a");
		var query = UriComponentsBuilder.fromUriString(href).build().getQueryParams();
		assertThat(decode(query.getFirst("title"))).isEqualTo("From an hour beside " + this.team.getName());
		assertThat(decode(query.getFirst("description"))).isEqualTo(learned);
		assertThat(query).containsOnlyKeys("title", "description");

		// Nobody else reads what the leader learned.
		this.mvc.perform(get("/frontline/bookings/" + id).with(user(this.staff)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Refunds"))));
	}

	@Test
	void theCalendarFilesParseAndCarryTheSlot() throws Exception {
		RideAlong booked = book(THURSDAY, "10:00");

		String one = this.mvc
			.perform(get("/frontline/bookings/" + booked.getId() + "/calendar.ics").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString(".ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		VEvent event = new CalendarBuilder().build(new StringReader(one)).<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.<Property>getProperty("SUMMARY").map(Property::getValue))
			.hasValue(this.leader.getDisplayName() + " beside " + this.team.getName() + " (Calls)");
		assertThat(event.<Property>getProperty("UID").map(Property::getValue)).hasValue(booked.getUid());
		assertThat(event.<Property>getProperty("URL").map(Property::getValue))
			.hasValue("http://localhost/frontline/bookings/" + booked.getId());
		assertThat(one).contains("DTSTART;TZID=Europe/Berlin:20260312T100000");

		String mine = this.mvc.perform(get("/frontline/mine.ics").with(user(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(mine));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
	}

	@Test
	void managersFollowTheTrackerAndMarkLeaders() throws Exception {
		this.rideAlongs.recordPast(this.leader.getPersonId(), new Booking(LocalDate.of(2026, 2, 10),
				LocalTime.of(10, 0), null, this.team.getId(), null, Channel.CALLS, null),
				"TRACKER-LEARNING <i>escaped</i>");

		this.mvc.perform(get("/frontline/tracker").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TRACKER-LEARNING &lt;i&gt;escaped&lt;/i&gt;")))
			.andExpect(content().string(containsString(this.leader.getDisplayName())))
			.andExpect(content().string(containsString("Leaders beside the front line in 2026")))
			.andExpect(content().string(containsString("60 min")));
		this.mvc.perform(get("/frontline/tracker").param("year", "1999").with(user(this.manager)))
			.andExpect(status().isNotFound());
		String csv = this.mvc.perform(get("/frontline/tracker.csv").param("year", "2026").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("\uFEFFleader,email,team,2026-01,2026-02")
			.contains(this.leader.getDisplayName() + "," + this.leader.getUsername() + ",,\u2013,Did (60 min)");
		this.mvc.perform(get("/frontline/tracker").with(user(this.staff))).andExpect(status().isForbidden());

		this.mvc
			.perform(post("/frontline/leaders").with(user(this.manager))
				.with(csrf())
				.param("personId", String.valueOf(this.staff.getPersonId()))
				.param("leader", "true")
				.param("q", "a&b"))
			.andExpect(redirectedUrl("/frontline/leaders?q=a%26b"));
		assertThat(this.leaders.isLeader(this.staff.getPersonId())).isTrue();
		this.mvc.perform(get("/frontline/leaders").param("q", this.staff.getDisplayName()).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unmark")));
		this.mvc
			.perform(post("/frontline/leaders").with(user(this.manager))
				.with(csrf())
				.param("personId", String.valueOf(this.staff.getPersonId()))
				.param("leader", "false"))
			.andExpect(redirectedUrl("/frontline/leaders"));
		assertThat(this.leaders.isLeader(this.staff.getPersonId())).isFalse();
	}

	private RideAlong book(LocalDate date, String start) {
		return this.rideAlongs.book(this.leader.getPersonId(),
				new Booking(date, LocalTime.parse(start), null, this.team.getId(), null, Channel.CALLS, null));
	}

	private void joinTheTeam(SignedInAccount account) {
		Person person = this.people.get(account.getPersonId());
		this.people.update(person.getId(), person.getVersion(), new PersonDetails(person.getName(), person.getEmail(),
				person.getJobTitle(), person.getPronouns(), this.team.getId(), false));
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
