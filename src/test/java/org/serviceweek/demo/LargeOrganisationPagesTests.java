package org.serviceweek.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serviceweek.ServiceWeekApplication;
import org.serviceweek.shared.StatementCounting;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The busiest pages run a bounded number of SQL statements, however large the
 * organisation: the same number on two databases filled by the {@code large-data} profile
 * at two sizes (one five times the other), and few enough that no page loads its rows one
 * by one.
 */
class LargeOrganisationPagesTests {

	/** More than any of these pages needs; a query per row would exceed it. */
	private static final int BUDGET = 16;

	/** The dashboard runs one aggregate query per chart and table. */
	private static final int STATS_BUDGET = 24;

	private static Map<String, Integer> small;

	private static Map<String, Integer> large;

	@BeforeAll
	static void countStatementsAtTwoSizes() throws Exception {
		small = statementsPerPage(0.02);
		large = statementsPerPage(0.1);
	}

	@Test
	void everyPageRunsAsManyStatementsWhateverTheSizeOfTheOrganisation() {
		assertThat(large).as("statements per page at 1/10 of the full size (at 1/50: %s)", small)
			.containsExactlyInAnyOrderEntriesOf(small);
	}

	@Test
	void noPageLoadsItsRowsOneByOne() {
		assertThat(large).allSatisfy((page, statements) -> assertThat(statements).as("statements for %s", page)
			.isLessThanOrEqualTo(page.equals("stats") ? STATS_BUDGET : BUDGET));
	}

	private static Map<String, Integer> statementsPerPage(double scale) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ServiceWeekApplication.class,
				StatementCounting.class)
			.profiles("large-data")
			.properties("serviceweek.large-data.scale=" + scale,
					"serviceweek.large-data.password=large data test password",
					"serviceweek.screen.refresh-interval=1h", "logging.level.org.serviceweek.demo=warn",
					// Count what a page costs, not what it costs while kept in memory.
					"serviceweek.wall.fresh-for=0s")
			// An argument, as application.properties sets the port (from PORT).
			.run("--server.port=0")) {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			UserDetailsService accounts = context.getBean(UserDetailsService.class);
			UserDetails staff = accounts.loadUserByUsername(LargeOrganisationPlan.email("staff", 1));
			UserDetails manager = accounts.loadUserByUsername(LargeOrganisationPlan.email("manager", 1));
			long person = jdbc.queryForObject("select id from person where email = ?", Long.class,
					LargeOrganisationPlan.email("staff", 1));
			int year = jdbc.queryForObject("select max(celebration_year) from celebration_week", Integer.class) - 1;
			assertThat(jdbc.queryForObject(
					"""
							select count(*) from shout_out s where (s.public_since is not null) <> (s.moderation = 'APPROVED'
							  and s.hidden_at is null and s.id in (select r.shout_out_id from shout_out_recipient r)
							  and s.id not in (select r.shout_out_id from shout_out_recipient r join person p on p.id = r.person_id
							                   where p.public_consent = false))
							""",
					Integer.class))
				.as("shout-outs whose place on the public wall breaks its rule")
				.isZero();
			Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
			pages.put("public wall", get("/wall"));
			pages.put("public wall of a team and value", get("/wall").param("team", "1").param("value", "2"));
			pages.put("public wall, a later page", get("/wall").param("page", "3"));
			pages.put("feed", get("/shoutouts").with(user(staff)));
			pages.put("feed of a team", get("/shoutouts").param("team", "1").with(user(staff)));
			pages.put("a person's shout-outs", get("/people/" + person + "/shoutouts").with(user(staff)));
			pages.put("a person", get("/people/" + person).with(user(staff)));
			pages.put("people", get("/people").with(user(staff)));
			pages.put("a past week", get("/week/" + year).with(user(staff)));
			pages.put("the coming week", get("/week/" + (year + 1)).with(user(staff)));
			pages.put("the week's plan", get("/plan/" + year).with(user(manager)));
			pages.put("the hall of fame", get("/wall/fame"));
			pages.put("home", get("/"));
			pages.put("atom feed", get("/wall/feed.atom"));
			pages.put("weeks", get("/plan").with(user(manager)));
			pages.put("today", get("/today").with(user(staff)));
			pages.put("my week", get("/week/mine").with(user(staff)));
			pages.put("teams", get("/teams").with(user(staff)));
			pages.put("a team", get("/teams/1").with(user(staff)));
			pages.put("moderation", get("/moderation").with(user(manager)));
			pages.put("nominations", get("/fame").with(user(manager)));
			pages.put("suggestions", get("/suggestions").with(user(staff)));
			pages.put("suggestions to manage", get("/suggestions/manage").with(user(manager)));
			pages.put("front line", get("/frontline").with(user(staff)));
			pages.put("tracker", get("/frontline/tracker").with(user(manager)));
			pages.put("leaders", get("/frontline/leaders").with(user(manager)));
			pages.put("stats", get("/stats").with(user(manager)));
			pages.put("not recognised", get("/shoutouts/not-recognised").with(user(manager)));
			pages.put("notices", get("/notices").with(user(staff)));
			pages.put("an activity", get("/activities/1").with(user(staff)));
			pages.put("an activity's sign-ups", get("/activities/1/signups").with(user(manager)));
			Map<String, Integer> statements = new LinkedHashMap<>();
			for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
				// Once to warm up what is read once per application, then counted.
				mvc.perform(page.getValue()).andReturn();
				StatementCounting.reset();
				int status = mvc.perform(page.getValue()).andReturn().getResponse().getStatus();
				assertThat(status).as(page.getKey()).isEqualTo(200);
				statements.put(page.getKey(), StatementCounting.count());
			}
			// The feed and the wall count up to a limit (2,000) rather than reading every
			// shout-out.
			for (String counted : List.of("feed", "public wall", "public wall, a later page")) {
				assertThat(mvc.perform(pages.get(counted)).andReturn().getResponse().getContentAsString()).as(counted)
					.contains((scale < 0.05) ? " in all" : "more than 2,000 in all");
			}
			return statements;
		}
	}

}
