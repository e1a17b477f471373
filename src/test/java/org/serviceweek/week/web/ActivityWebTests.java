package org.serviceweek.week.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class ActivityWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WeekPlanner planner;

	@Autowired
	ActivitySignUps signUps;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	private int year;

	private Activity talk;

	private SignedInAccount manager;

	@BeforeEach
	void aPlannedWeek() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.year = 2100 - (int) (Math.abs(System.nanoTime()) % 40);
		while (this.planner.find(this.year).isPresent()) {
			this.year--;
		}
		this.planner.startPlanning(this.year, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate monday = this.planner.get(this.year).getStartsOn();
		this.talk = this.planner.addActivity(this.year, new ActivityDetails(monday, LocalTime.of(10, 0),
				LocalTime.of(11, 0), "Career talk", ActivityKind.TRAINING, "Room 1", null, null, null, 10, null));
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
	}

	@Test
	void reShowsBadInputWithEachFieldsMessage() throws Exception {
		this.mvc
			.perform(post("/activities").with(csrf())
				.with(user(this.manager))
				.param("year", String.valueOf(this.year))
				.param("date", this.year + "-12-24")
				.param("startsAt", "11:00")
				.param("endsAt", "10:00")
				.param("title", "x".repeat(121))
				.param("kind", "TRAINING")
				.param("onlineLink", "javascript:alert(1)")
				.param("capacity", "0")
				.param("cost", "-5"))
			.andExpect(status().isOk())
			.andExpect(view().name("week/activity-form"))
			.andExpect(model().attributeHasFieldErrors("form", "title", "endsAt", "onlineLink", "capacity", "cost"))
			.andExpect(content().string(containsString("The end must be after the start.")))
			.andExpect(content().string(containsString("Enter a web address starting with https://")));
	}

	@Test
	void refusesADayOutsideTheWeekBesideTheDayField() throws Exception {
		this.mvc
			.perform(post("/activities").with(csrf())
				.with(user(this.manager))
				.param("year", String.valueOf(this.year))
				.param("date", this.year + "-12-24")
				.param("startsAt", "10:00")
				.param("endsAt", "11:00")
				.param("title", "Out of the week")
				.param("kind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "date"))
			.andExpect(content().string(containsString("Choose a day of the week")));
	}

	@Test
	void refusesACapacityBelowCurrentSignUps() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.signUps.signUp(this.talk.getId(), this.testAccounts.person("Person " + i).getId());
		}

		this.mvc.perform(edit(this.talk.getVersion(), "Career talk", this.talk.getDate(), "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 people already have a place")));
	}

	@Test
	void theSecondOfTwoEditorsGetsAConflictPageShowingWhatChanged() throws Exception {
		long openedAt = this.talk.getVersion();
		this.mvc.perform(edit(openedAt, "Career talk", this.talk.getDate().plusDays(1)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(edit(openedAt, "Career talk with Q&A", this.talk.getDate()))
			.andExpect(status().isConflict())
			.andExpect(view().name("week/activity-conflict"))
			.andExpect(content().string(containsString("Someone else changed this")))
			.andExpect(content().string(containsString("Career talk with Q&amp;A")))
			.andExpect(content().string(containsString("row--changed")))
			.andExpect(content().string(containsString("<td>Training</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>TRAINING</td>"))));

		Activity saved = this.planner.getActivity(this.talk.getId());
		assertThat(saved.getTitle()).isEqualTo("Career talk");
		assertThat(saved.getDate()).isEqualTo(this.talk.getDate().plusDays(1));
	}

	@Test
	void cancellingAsksForConfirmationNamingThoseSignedUp() throws Exception {
		this.signUps.signUp(this.talk.getId(), this.testAccounts.person("Kwame Asante").getId());

		this.mvc.perform(get("/activities/" + this.talk.getId() + "/cancel").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kwame Asante")))
			.andExpect(content().string(containsString("One person has signed up")));
		this.mvc.perform(post("/activities/" + this.talk.getId() + "/cancel").with(csrf()).with(user(this.manager)))
			.andExpect(flash().attribute("success", "activity.cancelledDone"));

		assertThat(this.planner.getActivity(this.talk.getId()).isCancelled()).isTrue();
	}

	@Test
	void managersExportWhoSignedUpAsCsv() throws Exception {
		this.signUps.signUp(this.talk.getId(), this.testAccounts.person("=Formula Person").getId());

		this.mvc.perform(get("/activities/" + this.talk.getId() + "/signups.csv").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("name,email,team,status,signed_up_at")))
			.andExpect(content().string(containsString("'=Formula Person")))
			.andExpect(content().string(containsString("Has a place")));
	}

	@Test
	void staffDownloadTheWeekAsACalendarThatParses() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		String ics = this.mvc.perform(get("/calendar/" + this.year + ".ics").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.<Property>getProperty("UID").map(Property::getValue)).hasValue(this.talk.getUid());
		assertThat(event.getDateTimeStart().getParameter("TZID"))
			.hasValueSatisfying((tz) -> assertThat(tz.getValue()).isEqualTo(TestClockConfiguration.ZONE.getId()));
	}

	@Test
	void aStaffMembersSignUpShowsUnderMyWeekAndInTheirOwnCalendar() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(post("/activities/" + this.talk.getId() + "/signup").with(csrf()).with(user(staff)))
			.andExpect(flash().attribute("success", "signUp.confirmed"));

		this.mvc.perform(get("/week/mine").with(user(staff)))
			.andExpect(content().string(containsString("Career talk")))
			.andExpect(content().string(containsString("You have a place")));
		this.mvc.perform(get("/calendar/mine.ics").with(user(staff)))
			.andExpect(content().string(containsString("SUMMARY:Career talk")));
	}

	@Test
	void aPlaceOnTheWaitingListIsTentativeInOnesCalendar() throws Exception {
		LocalDate monday = this.planner.get(this.year).getStartsOn();
		Activity full = this.planner.addActivity(this.year, new ActivityDetails(monday, LocalTime.of(14, 0),
				LocalTime.of(15, 0), "Tiny workshop", ActivityKind.TRAINING, null, null, null, null, 1, null));
		this.signUps.signUp(full.getId(), this.testAccounts.person("First In").getId());
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		this.signUps.signUp(full.getId(), staff.getPersonId());

		this.mvc.perform(get("/calendar/mine.ics").with(user(staff)))
			.andExpect(content().string(containsString("STATUS:TENTATIVE")));
	}

	@Test
	void aSubscriptionAddressServesTheCalendarWithoutSigningIn() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		this.signUps.signUp(this.talk.getId(), staff.getPersonId());

		String feed = (String) this.mvc.perform(post("/calendar/subscription").with(csrf()).with(user(staff)))
			.andReturn()
			.getFlashMap()
			.get("feedMine");
		String path = feed.substring(feed.indexOf("/calendar/feeds/"));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Career talk")));
		this.mvc.perform(post("/calendar/subscription").with(csrf()).with(user(staff)));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long version, String title,
			LocalDate date) {
		return edit(version, title, date, "10");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long version, String title,
			LocalDate date, String capacity) {
		return post("/activities/" + this.talk.getId()).with(csrf())
			.with(user(this.manager))
			.param("version", String.valueOf(version))
			.param("date", date.toString())
			.param("startsAt", "10:00")
			.param("endsAt", "11:00")
			.param("title", title)
			.param("kind", "TRAINING")
			.param("capacity", capacity);
	}

}
