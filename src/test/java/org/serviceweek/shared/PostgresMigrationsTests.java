package org.serviceweek.shared;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.FrontlineRuleException;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.Team;
import org.serviceweek.people.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same Flyway migrations build the schema on a real PostgreSQL, and Hibernate
 * validates its mappings against it (the context would not start otherwise).
 */
@SpringBootTest(properties = "serviceweek.test.context=postgres")
class PostgresMigrationsTests {

	private static final EmbeddedPostgres postgres = start();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Roster roster;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Leaders leaders;

	@Autowired
	RideAlongs rideAlongs;

	@DynamicPropertySource
	static void postgresDataSource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void migrationsRunOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void rosterAndAccountsWorkOnPostgres() {
		this.roster.importFile("name,email,team\nAna Silva,ana.pg@example.com,Phones\n");
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);

		assertThat(this.people.search("ana", null, org.springframework.data.domain.PageRequest.of(0, 10)))
			.extracting((person) -> person.getEmail())
			.contains("ana.pg@example.com");
		assertThat(this.people.search(null, null, org.springframework.data.domain.PageRequest.of(0, 10))).isNotEmpty();
		assertThat(this.people.search("50%_off\\", null, org.springframework.data.domain.PageRequest.of(0, 10)))
			.isEmpty();
		assertThat(this.accounts.findByEmail(admin.getUsername())).isPresent();
		assertThat(this.accounts.isInstalled()).isTrue();
	}

	@Test
	void leadersBesideAgentsQueriesRunOnPostgres() {
		Person leader = this.testAccounts.person("Pg Leader");
		Person agent = this.testAccounts.person("Pg Agent");
		Team team = this.people.addTeam("Pg team " + UUID.randomUUID());
		this.leaders.mark(leader.getId(), leader.getId());
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		RideAlong withTeam = this.rideAlongs.book(leader.getId(),
				new Booking(tomorrow, LocalTime.of(10, 0), null, team.getId(), null, Channel.CALLS, "Listening first"));
		RideAlong withAgent = this.rideAlongs.book(leader.getId(),
				new Booking(tomorrow, LocalTime.of(12, 0), null, null, agent.getId(), Channel.CHATS, null));
		this.rideAlongs.recordPast(leader.getId(), new Booking(LocalDate.now().minusDays(1), LocalTime.of(10, 0), null,
				team.getId(), null, Channel.EMAILS, null), "Learned on PostgreSQL");

		assertThatExceptionOfType(FrontlineRuleException.class).isThrownBy(() -> this.rideAlongs.book(leader.getId(),
				new Booking(tomorrow, LocalTime.of(10, 30), null, team.getId(), null, Channel.CALLS, null)));
		this.rideAlongs.change(withAgent.getId(), withAgent.getVersion(), leader.getId(), false,
				new Booking(tomorrow, LocalTime.of(13, 0), null, null, agent.getId(), Channel.CHATS, null));
		assertThat(this.rideAlongs.comingTo(agent.getId())).extracting(RideAlong::getId)
			.containsExactly(withAgent.getId());
		assertThat(this.rideAlongs.comingToTeam(team.getId())).extracting(RideAlong::getId)
			.containsExactly(withTeam.getId());
		assertThat(this.rideAlongs.on(tomorrow)).extracting(RideAlong::getId)
			.contains(withTeam.getId(), withAgent.getId());
		assertThat(this.rideAlongs.ofLeader(leader.getId())).hasSize(3);
		assertThat(this.rideAlongs.tracker(LocalDate.now().getYear()).rows())
			.anySatisfy((row) -> assertThat(row.leader().getId()).isEqualTo(leader.getId()));
		assertThat(this.rideAlongs.tradingPlacesDay().date()).isNotNull();
		assertThat(this.leaders.all()).extracting((l) -> l.getPersonId()).contains(leader.getId());
		this.rideAlongs.cancel(withTeam.getId(), leader.getId(), false);
		assertThat(this.rideAlongs.comingToTeam(team.getId())).isEmpty();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
		}
	}

}
