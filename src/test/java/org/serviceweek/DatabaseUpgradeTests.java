package org.serviceweek;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.fame.Induction;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.MonthlyHours;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.listening.SuggestionState;
import org.serviceweek.listening.SuggestionSummary;
import org.serviceweek.listening.SuggestionView;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shared.TestPostgres;
import org.serviceweek.shoutout.Moderation;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.SignUp;
import org.serviceweek.week.SignUpStatus;
import org.serviceweek.week.WeekPlan;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * An installation of the last release, with a year of data in it, upgrades to this
 * version: the last release's migrations build the database and plain SQL fills it (as
 * that release would have), then the app starts on it, so Flyway applies the newer
 * migrations and Hibernate validates the mappings, and everything reads back through the
 * app's services. Runs on H2 and, tagged {@code database}, again on PostgreSQL in
 * {@code ./mvnw verify}.
 */
@SpringBootTest(properties = "serviceweek.test.context=upgrade")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@Tag("database")
class DatabaseUpgradeTests {

	/** The schema of the last release: V1 to V10. */
	static final String LAST_RELEASE = "10";

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Value("${spring.datasource.url}")
	String url;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	WeekPlanner planner;

	@Autowired
	ActivitySignUps signUps;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	WallOfFame fame;

	@Autowired
	Suggestions suggestions;

	@Autowired
	Leaders leaders;

	@Autowired
	RideAlongs rideAlongs;

	@Test
	void runsOnTheDatabaseTheBuildAsksFor() {
		boolean postgres = "postgres".equals(System.getProperty("serviceweek.test.database"));

		assertThat(this.url).startsWith(postgres ? "jdbc:postgresql:" : "jdbc:h2:");
	}

	@Test
	void aDatabaseOfTheLastReleaseIsMigratedToTheLatestVersion() {
		MigrationVersion latest = Arrays.stream(this.flyway.info().all())
			.map(MigrationInfo::getVersion)
			.max(MigrationVersion::compareTo)
			.orElseThrow();

		assertThat(this.flyway.info().current().getVersion()).isEqualTo(latest);
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(new JdbcTemplate(this.dataSource).queryForList(
				"select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"",
				String.class))
			.contains(LAST_RELEASE);
	}

	@Test
	void peopleTeamsAndAccountsSurviveTheUpgrade() throws Exception {
		Person ana = this.people.findByEmail("ana.silva@example.com").orElseThrow();
		Team billing = this.people.getTeam(ana.getTeam().getId());

		assertThat(ana.getName()).isEqualTo("Ana Silva");
		assertThat(ana.getJobTitle()).isEqualTo("Senior agent");
		assertThat(ana.getPronouns()).isEqualTo("she/her");
		assertThat(ana.isPublicConsent()).isTrue();
		assertThat(ana.getCreatedAt()).isEqualTo(Instant.parse("2025-01-10T08:30:00Z"));
		assertThat(billing.getName()).isEqualTo("Billing support");
		assertThat(billing.getLead().getId()).isEqualTo(ana.getId());
		assertThat(this.people.members(billing.getId())).extracting(Person::getName)
			.containsExactlyInAnyOrder("Ana Silva", "Tom Becker");
		assertThat(this.accounts.isInstalled()).isTrue();
		assertThat(this.accounts.findByEmail("helen.achterberg@example.com").orElseThrow().getRole())
			.isEqualTo(Role.ADMIN);
		assertThat(this.accounts.openInvitationFor(person("kwame.asante@example.com").getId())).isPresent();
		// The password hash the last release stored still signs her in.
		this.mvc.perform(formLogin().user("ana.silva@example.com").password(TestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername("ana.silva@example.com"));
	}

	@Test
	void theWeekItsActivitiesAndSignUpsSurviveTheUpgrade() {
		WeekPlan plan = this.planner.plan(2025);

		assertThat(plan.week().getStartsOn()).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(plan.week().getTheme()).isEqualTo("Heroes of the front line");
		assertThat(plan.week().getBudget()).isEqualByComparingTo("1500.00");
		assertThat(plan.days()).extracting(WeekPlan.Day::number, WeekPlan.Day::title)
			.containsExactly(tuple(1, "Kick-off"), tuple(2, "Trading places"), tuple(3, null), tuple(4, null),
					tuple(5, "Celebration"));
		Activity breakfast = plan.days().get(0).activities().get(0);
		assertThat(breakfast.getTitle()).isEqualTo("Breakfast with the leadership team");
		assertThat(breakfast.getKind()).isEqualTo(ActivityKind.KICK_OFF);
		assertThat(breakfast.getStartsAt()).isEqualTo(LocalTime.of(9, 0));
		assertThat(breakfast.getCapacity()).isEqualTo(2);
		assertThat(breakfast.getHost().getName()).isEqualTo("Helen Achterberg");
		assertThat(plan.plannedCost()).isEqualByComparingTo("120.50");
		assertThat(this.signUps.of(breakfast.getId()))
			.extracting((signUp) -> signUp.getPerson().getName(), SignUp::getStatus)
			.containsExactlyInAnyOrder(tuple("Ana Silva", SignUpStatus.CONFIRMED),
					tuple("Tom Becker", SignUpStatus.CONFIRMED), tuple("Kwame Asante", SignUpStatus.WAITING));
		assertThat(this.signUps.mine(breakfast.getId(), person("kwame.asante@example.com").getId()).position())
			.isEqualTo(1);
	}

	@Test
	void shoutOutsWithRecipientsAndReactionsSurviveTheUpgrade() {
		ShoutOut thanks = this.shoutOuts.findBySubmission("last-release-shout-out").orElseThrow();
		ShoutOutCard card = this.shoutOuts.card(thanks.getId(), person("ana.silva@example.com").getId());

		assertThat(card.shoutOut().getAuthor().getName()).isEqualTo("Tom Becker");
		assertThat(card.shoutOut().getRecipients()).extracting(Person::getName)
			.containsExactlyInAnyOrder("Ana Silva", "Kwame Asante");
		assertThat(card.shoutOut().getValue().getName()).isEqualTo("Customer first");
		assertThat(card.shoutOut().getModeration()).isEqualTo(Moderation.APPROVED);
		assertThat(card.reactions()).containsOnly(entry(ReactionKind.HEART, 1L), entry(ReactionKind.APPLAUSE, 1L));
		assertThat(card.mine()).containsExactly(ReactionKind.HEART);
		assertThat(this.shoutOuts.publicWall(PageRequest.of(0, 10)))
			.extracting((wallCard) -> wallCard.shoutOut().getId())
			.containsExactly(thanks.getId());
		assertThat(this.shoutOuts
			.feed(new ShoutOuts.FeedFilter(null, null, null, null, null), PageRequest.of(0, 10),
					person("helen.achterberg@example.com").getId())
			.getContent()).extracting((feedCard) -> feedCard.shoutOut().getMessage())
			.contains("You stayed late to calm a customer in tears. Thank you!", "Billing, you cleared the backlog.");
	}

	@Test
	void theWallOfFameSurvivesTheUpgrade() {
		Person ana = person("ana.silva@example.com");
		Person helen = person("helen.achterberg@example.com");
		Induction induction = this.fame.inductionsOf(ana.getId()).get(0);
		ShoutOut thanks = this.shoutOuts.findBySubmission("last-release-shout-out").orElseThrow();

		assertThat(this.fame.get(induction.getId())).satisfies((read) -> {
			assertThat(read.getCategory().getName()).isEqualTo("Customer Hero");
			assertThat(read.getYear()).isEqualTo(2025);
			assertThat(read.getCitation()).isEqualTo("For calm under pressure, all year long.");
			assertThat(read.getInductedBy().getId()).isEqualTo(helen.getId());
			assertThat(read.getShoutOutIds()).containsExactly(thanks.getId());
		});
		assertThat(this.fame.hall().get(2025)).extracting(Induction::getId).containsExactly(induction.getId());
		assertThat(this.fame.nominationsBy(person("tom.becker@example.com").getId()))
			.extracting((nomination) -> nomination.getReason())
			.containsExactly("Kwame fixed the router for the whole floor.");
	}

	@Test
	void suggestionsWithVoicesCommentsAndTheirHistorySurviveTheUpgrade() {
		Person ana = person("ana.silva@example.com");
		List<SuggestionSummary> all = this.suggestions.forManagers(null, EnumSet.allOf(SuggestionState.class));
		Suggestion named = all.stream()
			.map(SuggestionSummary::suggestion)
			.filter((s) -> !s.isAnonymous())
			.findFirst()
			.orElseThrow();
		Suggestion anonymous = all.stream()
			.map(SuggestionSummary::suggestion)
			.filter(Suggestion::isAnonymous)
			.findFirst()
			.orElseThrow();
		SuggestionView view = this.suggestions.view(named.getId(), ana.getId());

		assertThat(all).hasSize(2);
		assertThat(view.suggestion().getTitle()).isEqualTo("Transfers lose the customer's history");
		assertThat(view.suggestion().getAuthor().getName()).isEqualTo("Kwame Asante");
		assertThat(view.suggestion().getState()).isEqualTo(SuggestionState.PLANNED);
		assertThat(view.suggestion().getAnswer()).isEqualTo("We will pass notes along with every transfer.");
		assertThat(view.voices()).isEqualTo(1);
		assertThat(view.voicedByReader()).isTrue();
		assertThat(view.comments()).extracting((comment) -> comment.getBody())
			.containsExactly("It happens to me every day.");
		assertThat(view.history()).extracting((move) -> move.getToState()).containsExactly(SuggestionState.PLANNED);
		assertThat(anonymous.getAuthor()).isNull();
		assertThat(anonymous.getTitle()).isEqualTo("The queue screen is always wrong");
		assertThat(this.suggestions
			.sentBefore(new org.serviceweek.listening.NewSuggestion(null, null, null, "last-release-suggestion"))
			.getId()).isEqualTo(named.getId());
	}

	@Test
	void leadersAndRideAlongsSurviveTheUpgrade() {
		Person helen = person("helen.achterberg@example.com");
		Person kwame = person("kwame.asante@example.com");

		assertThat(this.leaders.isLeader(helen.getId())).isTrue();
		assertThat(this.rideAlongs.ofLeader(helen.getId())).extracting(RideAlong::getChannel, RideAlong::getLearned)
			.containsExactlyInAnyOrder(tuple(Channel.CHATS, null),
					tuple(Channel.CALLS, "Customers repeat their account number three times."));
		assertThat(this.rideAlongs.comingTo(kwame.getId())).singleElement().satisfies((coming) -> {
			assertThat(coming.getStartsAt()).isEqualTo(Instant.parse("2026-09-15T08:00:00Z"));
			assertThat(coming.getNote()).isEqualTo("Listening first");
		});
		MonthlyHours.Row row = this.rideAlongs.tracker(2025).rows().get(0);
		assertThat(row.leader().getId()).isEqualTo(helen.getId());
		assertThat(row.cells()).filteredOn((cell) -> cell.month().getMonthValue() == 5)
			.singleElement()
			.satisfies((may) -> assertThat(may.minutesDone()).isEqualTo(60));
	}

	@Test
	void theAppKeepsAddingRowsAfterTheUpgrade() {
		Person tom = person("tom.becker@example.com");
		Team team = this.people.addTeam("Added after the upgrade");
		Person newcomer = this.people
			.add(new PersonDetails("Noor Haddad", "noor.haddad@example.com", "Agent", null, team.getId(), false));
		long value = this.shoutOuts.findBySubmission("last-release-shout-out").orElseThrow().getValue().getId();

		ShoutOut posted = this.shoutOuts.post(tom.getId(),
				new NewShoutOut(List.of(newcomer.getId()), null, value, "Welcome to the team!", false, null));

		assertThat(this.shoutOuts.card(posted.getId(), tom.getId()).shoutOut().getRecipients())
			.extracting(Person::getName)
			.containsExactly("Noor Haddad");
		assertThat(this.people.members(team.getId())).extracting(Person::getId).containsExactly(newcomer.getId());
	}

	@Test
	void anEmptyDatabaseMigratesToTheSameSchemaAsAnUpgradedOne() throws SQLException {
		SingleConnectionDataSource empty = emptyDatabase();
		try {
			Flyway fresh = Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(empty).load();
			fresh.migrate();

			assertThat(fresh.info().pending()).isEmpty();
			assertThat(fresh.info().current().getVersion()).isEqualTo(this.flyway.info().current().getVersion());
			assertThat(columns(empty)).isEqualTo(columns(this.dataSource)).isNotEmpty();
		}
		finally {
			empty.destroy();
		}
	}

	private Person person(String email) {
		return this.people.findByEmail(email).orElseThrow();
	}

	/** A new, empty database of the same kind as the context's. */
	private SingleConnectionDataSource emptyDatabase() {
		if (this.url.startsWith("jdbc:postgresql:")) {
			return new SingleConnectionDataSource(TestPostgres.createDatabase(), TestPostgres.USERNAME, "", true);
		}
		return new SingleConnectionDataSource("jdbc:h2:mem:empty-" + UUID.randomUUID(), "serviceweek", "", true);
	}

	/** Every column of every table: name, type, size and whether it may be null. */
	private static List<String> columns(DataSource dataSource) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (rows.next()) {
					columns.add(String.join(" ", rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME"),
							rows.getString("TYPE_NAME"), rows.getString("COLUMN_SIZE"), rows.getString("IS_NULLABLE"))
						.toLowerCase(Locale.ROOT));
				}
			}
		}
		columns.sort(null);
		return columns;
	}

	/**
	 * Builds the database as the last release left it: its migrations, then its rows,
	 * before Flyway applies anything newer.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class LastRelease {

		@Bean
		FlywayMigrationStrategy fromTheLastRelease() {
			return (flyway) -> {
				Flyway.configure().configuration(flyway.getConfiguration()).target(LAST_RELEASE).load().migrate();
				fill(new JdbcTemplate(flyway.getConfiguration().getDataSource()));
				flyway.migrate();
			};
		}

		/** A small installation a year in, written as V1 to V10 define it. */
		static void fill(JdbcTemplate jdbc) {
			Rows rows = new Rows(jdbc);
			long billing = rows.insert("team", "name", "Billing support", "insert into team (name) values (?)",
					"Billing support");
			long technical = rows.insert("team", "name", "Technical support", "insert into team (name) values (?)",
					"Technical support");
			long helen = rows.person("Helen Achterberg", "helen.achterberg@example.com", "Head of service", null,
					false);
			long ana = rows.person("Ana Silva", "ana.silva@example.com", "Senior agent", billing, true);
			long tom = rows.person("Tom Becker", "tom.becker@example.com", "Agent", billing, false);
			long kwame = rows.person("Kwame Asante", "kwame.asante@example.com", "Support specialist", technical, true);
			jdbc.update("update team set lead_id = ? where id = ?", ana, billing);

			jdbc.update("insert into installation (id, completed_at) values (1, ?)", at("2025-01-10T08:00:00Z"));
			String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(TestAccounts.PASSWORD);
			long helenAccount = rows.account(helen, "ADMIN", hash);
			rows.account(ana, "STAFF", hash);
			rows.account(tom, "MANAGER", hash);
			jdbc.update("""
					insert into invitation (person_id, role, token_hash, invited_by_id, created_at, expires_at)
					values (?, 'STAFF', ?, ?, ?, ?)""", kwame, "0".repeat(64), helenAccount, at("2026-08-30T09:00:00Z"),
					at("2026-09-06T09:00:00Z"));

			jdbc.update("""
					insert into celebration_week (celebration_year, starts_on, theme, welcome, budget)
					values (2025, ?, 'Heroes of the front line', 'A week for the people who answer.', 1500.00)""",
					LocalDate.of(2025, 10, 6));
			jdbc.update("insert into celebration_day (celebration_year, day_number, title, focus) values (?, ?, ?, ?)",
					2025, 1, "Kick-off", "Thank you, front line");
			jdbc.update("insert into celebration_day (celebration_year, day_number, title, focus) values (?, ?, ?, ?)",
					2025, 2, "Trading places", null);
			jdbc.update("insert into celebration_day (celebration_year, day_number, title, focus) values (?, ?, ?, ?)",
					2025, 5, "Celebration", "Awards");
			long breakfast = rows.insert("activity", "uid", "last-release-activity@serviceweek", """
					insert into activity (uid, celebration_year, on_date, starts_at, ends_at, title, kind, place,
					    host_id, description, capacity, cost, created_at, updated_at)
					values (?, 2025, ?, ?, ?, 'Breakfast with the leadership team', 'KICK_OFF', 'Canteen', ?,
					    'Pastries and questions', 2, 120.50, ?, ?)""", "last-release-activity@serviceweek",
					LocalDate.of(2025, 10, 6), LocalTime.of(9, 0), LocalTime.of(10, 0), helen,
					at("2025-09-01T10:00:00Z"), at("2025-09-01T10:00:00Z"));
			rows.signUp(breakfast, ana, "CONFIRMED", "2025-09-02T08:00:00Z");
			rows.signUp(breakfast, tom, "CONFIRMED", "2025-09-02T08:05:00Z");
			rows.signUp(breakfast, kwame, "WAITING", "2025-09-02T08:10:00Z");

			long value = rows.insert("company_value", "name", "Customer first",
					"insert into company_value (name, description, position) values (?, 'Start from the customer', 0)",
					"Customer first");
			long thanks = rows.insert("shout_out", "submission_key", "last-release-shout-out", """
					insert into shout_out (source, author_id, value_id, message, wants_public, moderation,
					    moderated_by_id, moderated_at, submission_key, created_at, updated_at)
					values ('STAFF', ?, ?, 'You stayed late to calm a customer in tears. Thank you!', true,
					    'APPROVED', ?, ?, ?, ?, ?)""", tom, value, helen, at("2025-10-07T09:00:00Z"),
					"last-release-shout-out", at("2025-10-07T08:00:00Z"), at("2025-10-07T09:00:00Z"));
			jdbc.update("insert into shout_out_recipient (shout_out_id, person_id) values (?, ?)", thanks, ana);
			jdbc.update("insert into shout_out_recipient (shout_out_id, person_id) values (?, ?)", thanks, kwame);
			jdbc.update("insert into reaction (shout_out_id, person_id, kind, created_at) values (?, ?, 'HEART', ?)",
					thanks, ana, at("2025-10-07T10:00:00Z"));
			jdbc.update("insert into reaction (shout_out_id, person_id, kind, created_at) values (?, ?, 'APPLAUSE', ?)",
					thanks, helen, at("2025-10-07T10:05:00Z"));
			jdbc.update("""
					insert into shout_out (source, author_id, team_id, value_id, message, moderation, created_at,
					    updated_at)
					values ('STAFF', ?, ?, ?, 'Billing, you cleared the backlog.', 'INTERNAL', ?, ?)""", helen, billing,
					value, at("2025-10-08T08:00:00Z"), at("2025-10-08T08:00:00Z"));

			long customerHero = jdbc.queryForObject("select id from award_category where name = 'Customer Hero'",
					Long.class);
			long induction = rows.insert("induction", "citation", "For calm under pressure, all year long.", """
					insert into induction (person_id, category_id, award_year, citation, inducted_by_id, created_at,
					    updated_at)
					values (?, ?, 2025, ?, ?, ?, ?)""", ana, customerHero, "For calm under pressure, all year long.",
					helen, at("2025-10-10T15:00:00Z"), at("2025-10-10T15:00:00Z"));
			jdbc.update("insert into induction_shout_out (induction_id, shout_out_id) values (?, ?)", induction,
					thanks);
			jdbc.update("""
					insert into nomination (nominee_id, nominator_id, award_year, reason, status, created_at,
					    updated_at)
					values (?, ?, 2025, 'Kwame fixed the router for the whole floor.', 'OPEN', ?, ?)""", kwame, tom,
					at("2025-10-09T12:00:00Z"), at("2025-10-09T12:00:00Z"));

			long transfers = jdbc.queryForObject("select id from suggestion_category where code = 'TRANSFERS'",
					Long.class);
			long named = rows.insert("suggestion", "submission_key", "last-release-suggestion", """
					insert into suggestion (category_id, title, description, anonymous, author_id, state, answer,
					    answered_by_id, answered_at, state_changed_at, created_at, submission_key)
					values (?, 'Transfers lose the customer''s history', 'Every transfer starts from zero.', false, ?,
					    'PLANNED', 'We will pass notes along with every transfer.', ?, ?, ?, ?, ?)""", transfers, kwame,
					helen, at("2025-11-03T10:00:00Z"), at("2025-11-03T10:00:00Z"), at("2025-11-01T00:00:00Z"),
					"last-release-suggestion");
			jdbc.update("""
					insert into suggestion (category_id, title, description, anonymous, state, created_at)
					values (?, 'The queue screen is always wrong', 'It shows calls that are long gone.', true, 'NEW',
					    ?)""", transfers, at("2025-11-02T00:00:00Z"));
			jdbc.update("insert into suggestion_voice (suggestion_id, person_id) values (?, ?)", named, ana);
			jdbc.update(
					"insert into suggestion_comment (suggestion_id, author_id, body, created_at) values (?, ?, ?, ?)",
					named, tom, "It happens to me every day.", at("2025-11-02T09:00:00Z"));
			jdbc.update("""
					insert into suggestion_move (suggestion_id, from_state, to_state, moved_by_id, moved_at, note)
					values (?, 'NEW', 'PLANNED', ?, ?, 'In the next release of the phone system')""", named, helen,
					at("2025-11-03T10:00:00Z"));

			jdbc.update("insert into leader (person_id, since, marked_by_id) values (?, ?, ?)", helen,
					at("2025-03-01T09:00:00Z"), helen);
			jdbc.update("""
					insert into ride_along (uid, leader_id, team_id, starts_at, ends_at, channel, learned, learned_at,
					    created_at, updated_at)
					values ('last-release-ride-along-1@serviceweek', ?, ?, ?, ?, 'CALLS',
					    'Customers repeat their account number three times.', ?, ?, ?)""", helen, billing,
					at("2025-05-14T07:00:00Z"), at("2025-05-14T08:00:00Z"), at("2025-05-14T12:00:00Z"),
					at("2025-05-01T09:00:00Z"), at("2025-05-14T12:00:00Z"));
			jdbc.update("""
					insert into ride_along (uid, leader_id, agent_id, starts_at, ends_at, channel, note, created_at,
					    updated_at)
					values ('last-release-ride-along-2@serviceweek', ?, ?, ?, ?, 'CHATS', 'Listening first', ?, ?)""",
					helen, kwame, at("2026-09-15T08:00:00Z"), at("2026-09-15T09:00:00Z"), at("2026-08-20T09:00:00Z"),
					at("2026-08-20T09:00:00Z"));
		}

		private static OffsetDateTime at(String instant) {
			return Instant.parse(instant).atOffset(ZoneOffset.UTC);
		}

		/** Inserts rows the way the app did: ids come from the identity columns. */
		private record Rows(JdbcTemplate jdbc) {

			long insert(String table, String keyColumn, Object key, String sql, Object... arguments) {
				this.jdbc.update(sql, arguments);
				return this.jdbc.queryForObject("select id from " + table + " where " + keyColumn + " = ?", Long.class,
						key);
			}

			long person(String name, String email, String jobTitle, Long teamId, boolean consent) {
				return insert("person", "email", email, """
						insert into person (name, email, job_title, pronouns, team_id, public_consent, created_at)
						values (?, ?, ?, ?, ?, ?, ?)""", name, email, jobTitle,
						name.startsWith("Ana") ? "she/her" : null, teamId, consent, at("2025-01-10T08:30:00Z"));
			}

			long account(long personId, String role, String hash) {
				return insert("account", "person_id", personId, """
						insert into account (person_id, password_hash, role, enabled, created_at, password_changed_at)
						values (?, ?, ?, true, ?, ?)""", personId, hash, role, at("2025-01-10T08:40:00Z"),
						at("2025-01-10T08:40:00Z"));
			}

			void signUp(long activityId, long personId, String status, String at) {
				this.jdbc.update(
						"insert into sign_up (activity_id, person_id, status, signed_up_at) values (?, ?, ?, ?)",
						activityId, personId, status, at(at));
			}

		}

	}

}
