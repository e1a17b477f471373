package org.serviceweek.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.serviceweek.TestAccounts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.Person;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the app, for a visitor and for each role, with the outcome each must
 * get: the page (or the action's own result), a redirect to sign in, or 403. A route
 * added to the app without a row here fails {@link #everyRouteOfTheAppIsInTheMatrix()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTests {

	enum Who {

		VISITOR, STAFF, MANAGER, ADMIN

	}

	/** Who may use a route. */
	enum Access {

		PUBLIC, SIGNED_IN, MANAGER, ADMIN,
		/** Administrators, or a machine with a token: no sign-in page, a plain 401. */
		ADMIN_API

	}

	record Route(HttpMethod method, String pattern, Access access, int allowedStatus, Map<String, String> params) {

		static Route get(String pattern, Access access, int allowedStatus) {
			return new Route(HttpMethod.GET, pattern, access, allowedStatus, Map.of());
		}

		static Route post(String pattern, Access access, int allowedStatus, Map<String, String> params) {
			return new Route(HttpMethod.POST, pattern, access, allowedStatus, params);
		}

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Who, SignedInAccount> signedIn = new java.util.EnumMap<>(Who.class);

	private Person person;

	private long otherAccountId;

	private long activityId;

	private long activityToCancelId;

	@Autowired
	WeekPlanner planner;

	@BeforeEach
	void createPeopleOnce() {
		if (this.person != null) {
			return;
		}
		this.signedIn.put(Who.STAFF, this.testAccounts.signedIn(Role.STAFF));
		this.signedIn.put(Who.MANAGER, this.testAccounts.signedIn(Role.MANAGER));
		this.signedIn.put(Who.ADMIN, this.testAccounts.signedIn(Role.ADMIN));
		this.person = this.testAccounts.person("Invitee Person");
		this.otherAccountId = this.testAccounts.signedIn(Role.STAFF).getAccountId();
		this.valueId = this.companyValues.add("Matrix value " + System.nanoTime(), null).getId();
		this.shoutOutId = this.shoutOuts
			.post(this.signedIn.get(Who.STAFF).getPersonId(),
					new NewShoutOut(List.of(this.person.getId()), null, this.valueId, "Thank you!", true, null))
			.getId();
		this.othersShoutOutId = this.shoutOuts
			.post(this.person.getId(),
					new NewShoutOut(List.of(this.signedIn.get(Who.STAFF).getPersonId()), null, this.valueId,
							"Thanks back!", false, null))
			.getId();
		this.planner.startPlanning(PLANNED_YEAR, StartFrom.EMPTY, null, Locale.ENGLISH);
		LocalDate monday = this.planner.get(PLANNED_YEAR).getStartsOn();
		this.activityId = this.planner
			.addActivity(PLANNED_YEAR,
					new ActivityDetails(monday, LocalTime.of(9, 0), LocalTime.of(10, 0), "Kick-off",
							ActivityKind.KICK_OFF, null, null, null, null, 50, null))
			.getId();
		this.activityToCancelId = this.planner
			.addActivity(PLANNED_YEAR,
					new ActivityDetails(monday, LocalTime.of(11, 0), LocalTime.of(12, 0), "Quiz",
							ActivityKind.TEAM_BUILDING, null, null, null, null, null, null))
			.getId();
		// Leaders beside agents: everyone in the matrix is a leader, and the bookings
		// belong to another leader, so that only a manager may change them.
		this.signedIn.values().forEach((account) -> this.leaders.mark(account.getPersonId(), account.getPersonId()));
		this.leaders.mark(this.person.getId(), this.person.getId());
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		long agentId = this.signedIn.get(Who.STAFF).getPersonId();
		this.rideAlongId = this.rideAlongs
			.book(this.person.getId(),
					new Booking(tomorrow, LocalTime.of(10, 0), null, null, agentId, Channel.CALLS, null))
			.getId();
		this.rideAlongToCancelId = this.rideAlongs
			.book(this.person.getId(),
					new Booking(tomorrow, LocalTime.of(12, 0), null, null, agentId, Channel.CHATS, null))
			.getId();
		this.pastRideAlongId = this.rideAlongs
			.recordPast(this.person.getId(),
					new Booking(LocalDate.now().minusDays(1), LocalTime.of(10, 0), null, null, agentId, Channel.EMAILS,
							null),
					null)
			.getId();
	}

	@Autowired
	Leaders leaders;

	@Autowired
	RideAlongs rideAlongs;

	private long rideAlongId;

	private long rideAlongToCancelId;

	private long pastRideAlongId;

	private static final int PLANNED_YEAR = 2091;

	private long shoutOutId;

	private long valueId;

	/**
	 * Written by someone without an account, so nobody in the matrix may edit or delete
	 * it.
	 */
	private long othersShoutOutId;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues companyValues;

	List<Route> routes() {
		return List.of(Route.get("/", Access.PUBLIC, 200), Route.get("/login", Access.PUBLIC, 200),
				Route.post("/login", Access.PUBLIC, 302, Map.of("username", "nobody@example.com", "password", "x")),
				Route.post("/logout", Access.PUBLIC, 302, Map.of()),
				// The setup page is gone once the first administrator exists.
				Route.get("/setup", Access.PUBLIC, 404), Route.post("/setup", Access.PUBLIC, 404, Map.of()),
				Route.get("/invitations/{token}", Access.PUBLIC, 404),
				Route.post("/invitations/{token}", Access.PUBLIC, 404, Map.of("password", "x")),
				Route.get("/actuator/health", Access.PUBLIC, 200),
				Route.get("/actuator/health/liveness", Access.PUBLIC, 200),
				Route.get("/actuator/health/readiness", Access.PUBLIC, 200),
				Route.get("/actuator/metrics", Access.ADMIN, 200), Route.get("/actuator/info", Access.ADMIN, 200),
				Route.get("/actuator/prometheus", Access.ADMIN_API, 200), Route.get("/admin/audit", Access.ADMIN, 200),
				Route.get("/account", Access.SIGNED_IN, 200),
				Route.post("/account/consent", Access.SIGNED_IN, 302, Map.of("consent", "false")),
				Route.get("/account/password", Access.SIGNED_IN, 200),
				Route.post("/account/password", Access.SIGNED_IN, 200, Map.of("password", "")),
				Route.get("/people", Access.SIGNED_IN, 200), Route.get("/people/{id}", Access.SIGNED_IN, 200),
				Route.get("/people/lookup", Access.SIGNED_IN, 200), Route.get("/people/new", Access.MANAGER, 200),
				Route.post("/people", Access.MANAGER, 200, Map.of()),
				Route.get("/people/{id}/edit", Access.MANAGER, 200),
				Route.post("/people/{id}", Access.MANAGER, 200, Map.of("name", "")),
				Route.post("/people/{id}/consent", Access.MANAGER, 302, Map.of("consent", "false")),
				Route.get("/people/{personId}/invitation", Access.MANAGER, 200),
				Route.post("/people/{personId}/invitation", Access.MANAGER, 302, Map.of("role", "STAFF")),
				Route.get("/teams", Access.SIGNED_IN, 200), Route.get("/teams/{id}", Access.SIGNED_IN, 404),
				Route.get("/teams/new", Access.MANAGER, 200), Route.post("/teams", Access.MANAGER, 200, Map.of()),
				Route.get("/teams/{id}/edit", Access.MANAGER, 404),
				Route.post("/teams/{id}", Access.MANAGER, 404, Map.of("name", "Renamed")),
				Route.get("/roster/import", Access.MANAGER, 200),
				Route.post("/roster/import", Access.MANAGER, 200, Map.of()),
				Route.post("/roster/import/confirm", Access.MANAGER, 200, Map.of("upload", "not-kept")),
				Route.get("/roster/export", Access.MANAGER, 200), Route.get("/admin/accounts", Access.ADMIN, 200),
				Route.post("/admin/accounts/{id}/role", Access.ADMIN, 302, Map.of("role", "STAFF")),
				Route.post("/admin/accounts/{id}/enabled", Access.ADMIN, 302, Map.of("enabled", "true")),
				Route.post("/admin/accounts/{id}/unlock", Access.ADMIN, 302, Map.of()),
				// Backup: the test database is in memory, so the download is
				// refused with a message.
				Route.get("/admin/backup", Access.ADMIN, 200), Route.post("/admin/backup", Access.ADMIN, 302, Map.of()),
				// The week planner.
				Route.get("/plan", Access.MANAGER, 200), Route.post("/plan", Access.MANAGER, 200, Map.of()),
				Route.get("/plan/{year}", Access.MANAGER, 200), Route.get("/plan/{year}/settings", Access.MANAGER, 200),
				Route.post("/plan/{year}/settings", Access.MANAGER, 200, Map.of("theme", "x")),
				Route.get("/plan/{year}/days/{day}", Access.MANAGER, 200),
				Route.post("/plan/{year}/days/{day}", Access.MANAGER, 302, Map.of("title", "Kick-off")),
				Route.get("/activities/new", Access.MANAGER, 200),
				Route.post("/activities", Access.MANAGER, 200, Map.of()),
				Route.get("/activities/{id}", Access.SIGNED_IN, 200),
				Route.get("/activities/{id}/edit", Access.MANAGER, 200),
				Route.post("/activities/{id}", Access.MANAGER, 200, Map.of("title", "")),
				Route.get("/activities/{id}/cancel", Access.MANAGER, 200),
				Route.post("/activities/{id}/cancel", Access.MANAGER, 302, Map.of()),
				Route.get("/activities/{id}/signups", Access.MANAGER, 200),
				Route.get("/activities/{id}/signups.csv", Access.MANAGER, 200),
				Route.get("/activities/{id}/calendar.ics", Access.SIGNED_IN, 200),
				Route.post("/activities/{id}/signup", Access.SIGNED_IN, 302, Map.of()),
				Route.post("/activities/{id}/withdraw", Access.SIGNED_IN, 302, Map.of()),
				Route.get("/week", Access.SIGNED_IN, 200), Route.get("/week/{year}", Access.SIGNED_IN, 200),
				Route.get("/week/{year}/agenda", Access.SIGNED_IN, 200), Route.get("/week/mine", Access.SIGNED_IN, 200),
				Route.get("/today", Access.SIGNED_IN, 200), Route.get("/calendar/{year}.ics", Access.SIGNED_IN, 200),
				Route.get("/calendar/mine.ics", Access.SIGNED_IN, 200),
				Route.post("/calendar/subscription", Access.SIGNED_IN, 302, Map.of()),
				Route.get("/calendar/feeds/{token}/week.ics", Access.PUBLIC, 404),
				Route.get("/calendar/feeds/{token}/mine.ics", Access.PUBLIC, 404),
				Route.get("/notices", Access.SIGNED_IN, 200),
				Route.post("/notices/read", Access.SIGNED_IN, 302, Map.of()),
				// Shout-outs, moderation and the public wall.
				Route.get("/wall", Access.PUBLIC, 200), Route.get("/thanks", Access.PUBLIC, 200),
				Route.post("/thanks", Access.PUBLIC, 200, Map.of()), Route.get("/thanks/sent", Access.PUBLIC, 200),
				Route.get("/shoutouts", Access.SIGNED_IN, 200), Route.get("/shoutouts/new", Access.SIGNED_IN, 200),
				Route.post("/shoutouts", Access.SIGNED_IN, 200, Map.of()),
				Route.get("/shoutouts/{id}", Access.SIGNED_IN, 200),
				Route.get("/shoutouts/{id}/edit", Access.SIGNED_IN, 302),
				Route.post("/shoutouts/{id}", Access.SIGNED_IN, 302, Map.of("message", "x")),
				Route.post("/shoutouts/{id}/delete", Access.SIGNED_IN, 302, Map.of()),
				Route.post("/shoutouts/{id}/reactions/{kind}", Access.SIGNED_IN, 302, Map.of()),
				Route.post("/shoutouts/{id}/report", Access.SIGNED_IN, 302, Map.of()),
				Route.post("/shoutouts/{id}/hide", Access.MANAGER, 302, Map.of()),
				Route.get("/shoutouts/export.csv", Access.MANAGER, 400),
				Route.get("/shoutouts/not-recognised", Access.MANAGER, 200),
				Route.get("/people/{id}/shoutouts", Access.SIGNED_IN, 200),
				Route.get("/moderation", Access.MANAGER, 200),
				Route.post("/moderation/{id}/approve", Access.MANAGER, 302, Map.of()),
				Route.post("/moderation/{id}/reject", Access.MANAGER, 302, Map.of()),
				Route.post("/moderation/{id}/dismiss", Access.MANAGER, 302, Map.of()),
				Route.post("/moderation/{id}/hide", Access.MANAGER, 302, Map.of()),
				Route.get("/moderation/settings", Access.MANAGER, 200),
				Route.post("/moderation/settings", Access.MANAGER, 302, Map.of()),
				Route.get("/notifications/settings", Access.MANAGER, 200),
				Route.post("/notifications/settings", Access.MANAGER, 302, Map.of()),
				Route.get("/values", Access.MANAGER, 200), Route.post("/values", Access.MANAGER, 200, Map.of()),
				Route.post("/values/{id}/active", Access.MANAGER, 302, Map.of("active", "true")),
				// The public wall, the wall of fame and the office screen.
				Route.get("/wall/shoutouts/{id}", Access.PUBLIC, 404), Route.get("/wall/fame", Access.PUBLIC, 200),
				Route.get("/wall/fame/{id}", Access.PUBLIC, 404), Route.get("/wall/feed.atom", Access.PUBLIC, 200),
				Route.get("/wall/screen", Access.PUBLIC, 200), Route.get("/wall/screen/data", Access.PUBLIC, 200),
				Route.get("/nominate", Access.SIGNED_IN, 200), Route.post("/nominate", Access.SIGNED_IN, 200, Map.of()),
				Route.get("/fame", Access.MANAGER, 200), Route.get("/fame/inductions/new", Access.MANAGER, 200),
				Route.post("/fame/inductions", Access.MANAGER, 200, Map.of("personId", "")),
				Route.get("/fame/inductions/{id}/edit", Access.MANAGER, 404),
				Route.post("/fame/inductions/{id}", Access.MANAGER, 404, Map.of("citation", "x")),
				Route.post("/fame/inductions/{id}/delete", Access.MANAGER, 404, Map.of()),
				Route.get("/fame/inductions/{id}/certificate.pdf", Access.MANAGER, 404),
				Route.post("/fame/nominations/{id}/decline", Access.MANAGER, 404, Map.of()),
				Route.get("/fame/categories", Access.MANAGER, 200),
				Route.post("/fame/categories", Access.MANAGER, 200, Map.of("name", "")),
				Route.post("/fame/categories/{id}/active", Access.MANAGER, 404, Map.of("active", "true")),
				// Stats and leaderboard.
				Route.get("/stats", Access.MANAGER, 200),
				Route.post("/stats/leaderboard", Access.MANAGER, 302, Map.of("action", "close")),
				Route.get("/leaderboard", Access.SIGNED_IN, 200),
				// You said, we did.
				Route.get("/suggestions", Access.SIGNED_IN, 200), Route.get("/suggestions/new", Access.SIGNED_IN, 200),
				Route.post("/suggestions", Access.SIGNED_IN, 200, Map.of("title", "")),
				Route.get("/suggestions/{id}", Access.SIGNED_IN, 404),
				Route.post("/suggestions/{id}/voice", Access.SIGNED_IN, 404, Map.of()),
				Route.post("/suggestions/{id}/comments", Access.SIGNED_IN, 404, Map.of("body", "x")),
				Route.post("/suggestions/{id}/answer", Access.MANAGER, 404, Map.of("answer", "x", "version", "0")),
				Route.post("/suggestions/{id}/state", Access.MANAGER, 404, Map.of("state", "PLANNED", "version", "0")),
				Route.get("/suggestions/manage", Access.MANAGER, 200),
				Route.get("/suggestions/export.csv", Access.MANAGER, 200),
				Route.get("/suggestions/categories", Access.MANAGER, 200),
				Route.post("/suggestions/categories", Access.MANAGER, 200, Map.of("name", "")),
				Route.post("/suggestions/categories/{id}", Access.MANAGER, 404, Map.of("name", "x", "version", "0")),
				Route.post("/suggestions/categories/{id}/active", Access.MANAGER, 404, Map.of("active", "true")),
				// Leaders beside agents.
				Route.get("/frontline", Access.SIGNED_IN, 200),
				Route.get("/frontline/teams/{id}", Access.SIGNED_IN, 404),
				Route.get("/frontline/bookings/new", Access.SIGNED_IN, 200),
				Route.post("/frontline/bookings/new", Access.SIGNED_IN, 200, Map.of()),
				Route.get("/frontline/bookings/{id}", Access.SIGNED_IN, 200),
				Route.get("/frontline/bookings/{id}/calendar.ics", Access.SIGNED_IN, 200),
				Route.get("/frontline/mine.ics", Access.SIGNED_IN, 200),
				// Only the leader who booked (nobody in the matrix) or a manager.
				Route.get("/frontline/bookings/{id}/edit", Access.MANAGER, 200),
				Route.post("/frontline/bookings/{id}/edit", Access.MANAGER, 200, Map.of("withWhom", "")),
				Route.post("/frontline/bookings/{id}/cancel", Access.MANAGER, 302, Map.of()),
				Route.get("/frontline/bookings/{id}/learned", Access.MANAGER, 200),
				Route.post("/frontline/bookings/{id}/learned", Access.MANAGER, 200, Map.of("learned", "")),
				Route.get("/frontline/tracker", Access.MANAGER, 200),
				Route.get("/frontline/tracker.csv", Access.MANAGER, 200),
				Route.get("/frontline/leaders", Access.MANAGER, 200),
				Route.post("/frontline/leaders", Access.MANAGER, 404, Map.of("personId", "987654", "leader", "true")));
	}

	Stream<Arguments> matrix() {
		return routes().stream().flatMap((route) -> Stream.of(Who.values()).map((who) -> Arguments.of(route, who)));
	}

	@ParameterizedTest(name = "{1} {0}")
	@MethodSource("matrix")
	void eachRoleGetsTheExpectedOutcome(Route route, Who who) throws Exception {
		MvcResult result = this.mvc.perform(requestFor(route, who)).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();

		switch (expectation(route.access(), who)) {
			case "page" -> assertThat(status).as("%s as %s", route.key(), who).isEqualTo(route.allowedStatus());
			case "login" -> {
				assertThat(status).as("%s as %s", route.key(), who).isEqualTo(302);
				assertThat(location).as("%s as %s", route.key(), who).endsWith("/login");
			}
			case "unauthorized" -> assertThat(status).as("%s as %s", route.key(), who).isEqualTo(401);
			default -> assertThat(status).as("%s as %s", route.key(), who).isEqualTo(403);
		}
	}

	private static String expectation(Access access, Who who) {
		return switch (access) {
			case PUBLIC -> "page";
			case SIGNED_IN -> (who == Who.VISITOR) ? "login" : "page";
			case MANAGER -> (who == Who.VISITOR) ? "login" : (who == Who.STAFF) ? "forbidden" : "page";
			case ADMIN -> (who == Who.VISITOR) ? "login" : (who == Who.ADMIN) ? "page" : "forbidden";
			case ADMIN_API -> (who == Who.VISITOR) ? "unauthorized" : (who == Who.ADMIN) ? "page" : "forbidden";
		};
	}

	private AbstractMockHttpServletRequestBuilder<?> requestFor(Route route, Who who) {
		String uri = route.pattern()
			.replace("{id}", String.valueOf(idFor(route)))
			.replace("{year}", String.valueOf(PLANNED_YEAR))
			.replace("{day}", "2")
			.replace("{kind}", "HEART")
			.replace("{personId}", String.valueOf(this.person.getId()))
			.replace("{token}", "no-such-invitation-token-0123456789");
		AbstractMockHttpServletRequestBuilder<?> request = route.pattern().equals("/roster/import")
				&& route.method() == HttpMethod.POST ? multipart(uri) : request(route.method(), uri);
		route.params().forEach(request::param);
		if (route.method() == HttpMethod.POST) {
			request.with(csrf());
		}
		if (who != Who.VISITOR) {
			request.with(user(this.signedIn.get(who)));
		}
		return request;
	}

	private long idFor(Route route) {
		String pattern = route.pattern();
		if (pattern.startsWith("/admin")) {
			return this.otherAccountId;
		}
		if (pattern.startsWith("/teams") || pattern.startsWith("/fame") || pattern.startsWith("/wall")
				|| pattern.startsWith("/suggestions") || pattern.startsWith("/frontline/teams")) {
			return 987654;
		}
		if (route.key().equals("POST /frontline/bookings/{id}/cancel")) {
			return this.rideAlongToCancelId;
		}
		if (pattern.startsWith("/frontline/bookings/{id}/learned")) {
			return this.pastRideAlongId;
		}
		if (pattern.startsWith("/frontline")) {
			return this.rideAlongId;
		}
		if (route.key().equals("POST /activities/{id}/cancel")) {
			return this.activityToCancelId;
		}
		if (pattern.startsWith("/activities")) {
			return this.activityId;
		}
		if (pattern.equals("/shoutouts/{id}/edit") || route.key().equals("POST /shoutouts/{id}")
				|| pattern.equals("/shoutouts/{id}/delete")) {
			return this.othersShoutOutId;
		}
		if (pattern.startsWith("/shoutouts") || pattern.startsWith("/moderation")) {
			return this.shoutOutId;
		}
		if (pattern.startsWith("/values")) {
			return this.valueId;
		}
		return this.person.getId();
	}

	@Test
	void everyRouteOfTheAppIsInTheMatrix() {
		Set<String> inMatrix = routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
		List<String> inApp = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
				.getMethods();
			for (String pattern : patterns) {
				if (pattern.equals("/error")) {
					continue;
				}
				methods.forEach((method) -> inApp.add(method + " " + pattern));
			}
		}
		assertThat(inApp).isNotEmpty().allSatisfy((route) -> assertThat(inMatrix).contains(route));
	}

}
