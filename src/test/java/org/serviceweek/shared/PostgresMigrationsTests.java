package org.serviceweek.shared;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
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
import org.serviceweek.people.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

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
	Suggestions suggestions;

	@Autowired
	SuggestionQuota quota;

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

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
		}
	}

}
