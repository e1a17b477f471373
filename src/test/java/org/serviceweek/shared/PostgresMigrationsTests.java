package org.serviceweek.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.listening.NewSuggestion;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.listening.SuggestionQuota;
import org.serviceweek.listening.SuggestionState;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.FrontlineRuleException;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.Team;
import org.serviceweek.people.Roster;
import org.serviceweek.people.Team;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.stats.Leaderboard;
import org.serviceweek.stats.Period;
import org.serviceweek.stats.RecognitionReport;
import org.serviceweek.stats.RecognitionReport.NamedCount;
import org.serviceweek.stats.RecognitionStats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same Flyway migrations build the schema on a real PostgreSQL, and Hibernate
 * validates its mappings against it (the context would not start otherwise).
 */
@SpringBootTest(properties = { "serviceweek.test.context=postgres", "serviceweek.test.database=postgres" })
class PostgresMigrationsTests {

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
	RecognitionStats stats;

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	Clock clock;

	@Autowired
	org.serviceweek.shoutout.ModerationQueue moderation;

	@Autowired
	org.serviceweek.fame.WallOfFame fame;

	@Autowired
	org.serviceweek.wall.ScreenSnapshots screens;

	@Autowired
	Suggestions suggestions;

	@Autowired
	SuggestionQuota quota;

	@Autowired
	Leaders leaders;

	@Autowired
	RideAlongs rideAlongs;

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
	void recognitionStatsAndTheLeaderboardRunOnPostgres() {
		Team team = this.people.addTeam("Stats team");
		Person author = this.testAccounts.person("Stats Author");
		Person ana = this.people
			.add(new PersonDetails("Stats Ana", "stats.ana.pg@example.com", null, null, team.getId(), false));
		long value = this.values.add("Postgres care", null).getId();
		this.shoutOuts.post(author.getId(), new NewShoutOut(List.of(ana.getId()), null, value, "Thanks!", false, null));
		this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(), team.getId(), value, "Thanks, team!", false, null));
		LocalDate today = LocalDate.now(this.clock);

		RecognitionReport report = this.stats.report(new Period(today.minusDays(1), today.plusDays(1)));
		this.leaderboard.open(today.minusDays(1), today.plusDays(1));

		assertThat(report.total()).isEqualTo(2);
		assertThat(report.byTeam()).contains(new NamedCount("Stats team", 2));
		assertThat(report.participation().gave()).isEqualTo(1);
		assertThat(report.participation().received()).isEqualTo(1);
		assertThat(this.leaderboard.top()).first().satisfies((entry) -> {
			assertThat(entry.name()).isEqualTo("Stats Ana");
			assertThat(entry.received()).isEqualTo(2);
		});
		this.leaderboard.close();
	}

	@Test
	void thePublicWallAndTheWallOfFameWorkOnPostgres() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		var author = this.testAccounts.person("PG Author");
		var hero = this.testAccounts.person("PG Hero");
		this.people.changePublicConsent(hero.getId(), true);
		long value = this.values.add("PG wall value", null).getId();
		var shoutOut = this.shoutOuts.post(author.getId(), new org.serviceweek.shoutout.NewShoutOut(
				java.util.List.of(hero.getId()), null, value, "Thanks from PostgreSQL 100%", true, null));
		this.moderation.approve(shoutOut.getId(), manager.getPersonId(), null, null);
		int year = this.clock.instant().atZone(this.clock.getZone()).getYear();
		java.time.Instant from = java.time.LocalDate.of(year, 1, 1).atStartOfDay(this.clock.getZone()).toInstant();

		assertThat(this.shoutOuts.publicWall(
				new ShoutOuts.WallFilter(from, null, hero.getTeam() == null ? null : 1L, value, "postgresql 100%"),
				org.springframework.data.domain.PageRequest.of(0, 10)))
			.extracting((card) -> card.shoutOut().getId())
			.containsExactly(shoutOut.getId());
		assertThat(this.shoutOuts.publicYears(this.clock.getZone())).contains(year);
		assertThat(this.shoutOuts.feed(new ShoutOuts.FeedFilter(null, null, null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 10), author.getId()))
			.extracting((card) -> card.shoutOut().getId())
			.contains(shoutOut.getId());
		assertThat(this.shoutOuts.feed(new ShoutOuts.FeedFilter(null, value, hero.getId(), from, null),
				org.springframework.data.domain.PageRequest.of(0, 10), author.getId()))
			.extracting((card) -> card.shoutOut().getId())
			.containsExactly(shoutOut.getId());
		var induction = this.fame.induct(manager.getPersonId(), new org.serviceweek.fame.InductionRequest(hero.getId(),
				this.fame.activeCategories().get(0).getId(), year, "Citation", java.util.List.of(shoutOut.getId())));
		this.fame.nominate(author.getId(), hero.getId(), null, "Nominated on PostgreSQL");
		assertThat(this.fame.hall().get(year)).extracting((i) -> i.getId()).contains(induction.getId());
		assertThat(this.fame.publicInductee(induction.getId()).shoutOuts()).hasSize(1);
		assertThat(this.fame.openNominations()).isNotEmpty();
		assertThat(this.screens.refresh().json()).contains("Thanks from PostgreSQL");
	}

	@Test
	void suggestionQueriesRunOnPostgres() {
		long author = this.testAccounts.signedIn(Role.STAFF).getPersonId();
		long manager = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		long colleague = this.testAccounts.signedIn(Role.STAFF).getPersonId();
		long category = this.suggestions.activeCategories().get(0).getId();
		Suggestion named = this.suggestions.raise(author, new NewSuggestion(category, "Named", "On PostgreSQL"));
		Suggestion anonymous = this.suggestions.raiseAnonymously(this.quota.keyFor(author),
				new NewSuggestion(category, "Anonymous", "On PostgreSQL"));
		this.suggestions.raiseAnonymously(this.quota.keyFor(author),
				new NewSuggestion(category, "Counted again", "On PostgreSQL"));
		this.suggestions.addVoice(anonymous.getId(), colleague);
		this.suggestions.comment(anonymous.getId(), colleague, "Me too, on PostgreSQL");
		this.suggestions.answer(named.getId(), named.getVersion(), manager, "Answered");
		this.suggestions.move(anonymous.getId(), anonymous.getVersion(), manager, SuggestionState.DONE, "Changed");

		assertThat(this.suggestions.forManagers(category, SuggestionState.OPEN))
			.extracting((item) -> item.suggestion().getTitle())
			.containsExactlyInAnyOrder("Named", "Counted again");
		assertThat(this.suggestions.forManagers(null, java.util.EnumSet.allOf(SuggestionState.class))).hasSize(3);
		assertThat(this.suggestions.board().doneSince()).extracting((item) -> item.voices()).containsExactly(1L);
		assertThat(this.suggestions.view(anonymous.getId(), colleague).history()).hasSize(1);
		assertThat(this.suggestions.view(anonymous.getId(), colleague).comments()).hasSize(1);
		java.io.StringWriter csv = new java.io.StringWriter();
		this.suggestions.export(category, java.util.EnumSet.allOf(SuggestionState.class), java.util.Locale.ENGLISH,
				csv);
		assertThat(csv.toString()).contains("Named", "Anonymous");
		assertThat(this.jdbc.queryForObject("select max(hits) from suggestion_quota", Integer.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from suggestion where author_id is null", Integer.class))
			.isEqualTo(2);
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

	@Autowired
	org.serviceweek.operations.AuditLog auditLog;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Test
	void theAuditLogIsWrittenAndSearchedOnPostgres() {
		String marker = "pg_audit%" + UUID.randomUUID().toString().substring(0, 8);
		org.springframework.transaction.support.TransactionTemplate readOnly = new org.springframework.transaction.support.TransactionTemplate(
				this.transactionManager);
		readOnly.setReadOnly(true);
		org.springframework.transaction.support.TransactionTemplate writing = new org.springframework.transaction.support.TransactionTemplate(
				this.transactionManager);

		// An export reads in a read-only transaction: PostgreSQL refuses writes there.
		readOnly.executeWithoutResult((status) -> this.events.publishEvent(Audited.export(marker + ".csv", null)));
		writing.executeWithoutResult((status) -> {
			this.events.publishEvent(Audited.of(Audited.Action.SHOUT_OUT_APPROVED, "rolled back " + marker, null));
			status.setRollbackOnly();
		});
		this.events.publishEvent(new Audited(Audited.Action.SIGNED_IN, null, "password", marker + "@example.com"));

		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.auditLog.search(new org.serviceweek.operations.AuditLog.Search(null, marker, null, null), 0))
			.extracting((entry) -> entry.getAction())
			.containsExactly(Audited.Action.SIGNED_IN, Audited.Action.EXPORTED);
		assertThat(this.auditLog
			.search(new org.serviceweek.operations.AuditLog.Search(Audited.Action.EXPORTED, marker.toUpperCase(), today,
					today), 0)
			.getContent()).singleElement()
			.satisfies((entry) -> assertThat(entry.getTarget()).isEqualTo(marker + ".csv"));
		assertThat(this.auditLog
			.search(new org.serviceweek.operations.AuditLog.Search(null, marker, today.plusDays(1), null), 0)
			.getContent()).isEmpty();
	}

	@Autowired
	RateLimiter rateLimiter;

	@Test
	void aRateLimitWindowOpenedByManyRequestsAtOnceCountsEachOfThemOnPostgres() throws Exception {
		String key = "pg-burst-" + UUID.randomUUID();
		int threads = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
			List<java.util.concurrent.Future<Boolean>> hits = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				hits.add(pool.submit(() -> {
					together.await();
					return this.rateLimiter.tryAcquire(key, 100, java.time.Duration.ofMinutes(1));
				}));
			}
			for (java.util.concurrent.Future<Boolean> hit : hits) {
				assertThat(hit.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select hits from rate_limit where bucket = ?", Integer.class, key))
			.isEqualTo(threads);
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void countsOpeningAWindowAtOnceInsideTheCallersTransactionsKeepThoseTransactionsAliveOnPostgres() throws Exception {
		String key = "pg-burst-in-transaction-" + UUID.randomUUID();
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);
		int threads = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
			List<java.util.concurrent.Future<Boolean>> hits = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				hits.add(pool.submit(() -> transaction.execute((status) -> {
					this.jdbc.queryForObject("select count(*) from rate_limit", Integer.class);
					await(together);
					boolean allowed = this.rateLimiter.tryAcquire(key, 100, java.time.Duration.ofMinutes(1));
					// A failed insert behind the savepoint must not have ended this
					// transaction.
					this.jdbc.queryForObject("select count(*) from rate_limit", Integer.class);
					return allowed;
				})));
			}
			for (java.util.concurrent.Future<Boolean> hit : hits) {
				assertThat(hit.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select hits from rate_limit where bucket = ?", Integer.class, key))
			.isEqualTo(threads);
	}

	private static void await(java.util.concurrent.CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (InterruptedException | java.util.concurrent.BrokenBarrierException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
