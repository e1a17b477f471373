package org.serviceweek.listening;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.people.Person;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.SecretTokens;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of listening to the front line, through the service and against the database:
 * checks, the hourly limit kept without knowing who, voices, the state history and the
 * board.
 */
@SpringBootTest(properties = { "serviceweek.test.context=listening", "serviceweek.suggestions.per-hour=3",
		"logging.level.org.serviceweek=debug" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SuggestionsTests {

	@Autowired
	Suggestions suggestions;

	@Autowired
	SuggestionQuota quota;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private long categoryId;

	private long managerId;

	@BeforeEach
	void freshCategoryAndManager() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.categoryId = this.suggestions.addCategory("Category " + UUID.randomUUID()).getId();
		this.managerId = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
	}

	@Test
	void refusesMissingOrTooLongFieldsAndRetiredCategories() {
		long author = person("Checked Author").getId();

		assertRefused(() -> this.suggestions.raise(author, request(" ", "Text")), "suggestions.titleMissing");
		assertRefused(() -> this.suggestions.raise(author, request("t".repeat(121), "Text")),
				"suggestions.titleTooLong");
		assertRefused(() -> this.suggestions.raise(author, request("Title", "")), "suggestions.descriptionMissing");
		assertRefused(() -> this.suggestions.raise(author, request("Title", "d".repeat(2001))),
				"suggestions.descriptionTooLong");
		assertRefused(() -> this.suggestions.raise(author, new NewSuggestion(null, "Title", "Text")),
				"suggestions.categoryMissing");
		this.suggestions.setCategoryActive(this.categoryId, false);
		assertRefused(() -> this.suggestions.raise(author, request("Title", "Text")), "suggestions.categoryMissing");
		this.suggestions.setCategoryActive(this.categoryId, true);

		Suggestion raised = this.suggestions.raise(author, request("  Title  ", "d".repeat(2000)));
		assertThat(raised.getTitle()).isEqualTo("Title");
		assertThat(raised.getState()).isEqualTo(SuggestionState.NEW);
		assertThat(raised.getCreatedAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void theHourlyLimitCountsNamedAndAnonymousTogetherWithoutStoringWho() {
		Person author = person("Quota Author");
		Person colleague = person("Quota Colleague");
		this.clock.set(Instant.parse("2026-09-01T08:20:00Z"));
		// Other tests of this context count at other moments.
		this.jdbc.update("delete from suggestion_quota");

		this.suggestions.raise(author.getId(), request("One", "Text"));
		this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()), request("Two", "Text"));
		this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()), request("Three", "Text"));
		assertRefused(
				() -> this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()), request("Four", "Text")),
				"suggestions.tooMany");
		this.suggestions.raise(colleague.getId(), request("Someone else's", "Text"));

		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from suggestion_quota");
		assertThat(rows).hasSize(2).allSatisfy((row) -> {
			assertThat(row.keySet()).extracting((column) -> column.toLowerCase(Locale.ROOT))
				.containsExactlyInAnyOrder("bucket", "hour_start", "hits");
			assertThat(instant(row.get("HOUR_START"))).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
			String bucket = (String) row.get("BUCKET");
			// A hash that cannot be recomputed from the person without the app's key.
			assertThat(bucket).hasSize(64)
				.isNotEqualTo(SecretTokens.hash(String.valueOf(author.getId())))
				.isNotEqualTo(SecretTokens.hash("person:" + author.getId()));
		});
		// The refused one is not counted: its transaction, the count's with it, rolled
		// back.
		assertThat(rows).extracting((row) -> row.get("HITS")).containsExactlyInAnyOrder(3, 1);

		// The next hour starts afresh, and the past hour's counts are gone.
		this.clock.advance(Duration.ofMinutes(45));
		this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()), request("Four", "Text"));
		assertThat(this.jdbc.queryForList("select hour_start, hits from suggestion_quota"))
			.extracting((row) -> List.of(instant(row.get("HOUR_START")), row.get("HITS")))
			.containsExactly(List.of(Instant.parse("2026-09-01T09:00:00Z"), 1));
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void anAnonymousSuggestionNeedsOnlyOneFreeDatabaseConnection() throws Exception {
		Person author = person("Busy Author");

		Suggestion raised = org.serviceweek.shared.BusyConnections.withOneFreeConnection(this.dataSource,
				() -> this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()), request("Busy", "Text")));

		assertThat(raised.getId()).isNotNull();
	}

	@Test
	void pastHoursCountsAreDeletedWithinMinutesWithoutWaitingForTheNextSuggestion() {
		Person author = person("Forgotten Author");
		this.clock.set(Instant.parse("2026-09-01T08:20:00Z"));
		this.jdbc.update("delete from suggestion_quota");
		this.suggestions.raise(author.getId(), request("Counted", "Text"));
		this.quota.forgetPastHours();
		assertThat(this.jdbc.queryForObject("select count(*) from suggestion_quota", Integer.class)).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(45));
		this.quota.forgetPastHours();

		assertThat(this.jdbc.queryForObject("select count(*) from suggestion_quota", Integer.class)).isZero();
	}

	@Test
	void anAnonymousSuggestionKeepsNoAuthorAndOnlyTheDay() {
		Person author = person("Hidden Author");
		this.clock.set(Instant.parse("2026-09-01T13:47:12Z"));

		Suggestion raised = this.suggestions.raiseAnonymously(this.quota.keyFor(author.getId()),
				request("Anonymous title", "Anonymous text"));

		Map<String, Object> row = this.jdbc.queryForMap("select * from suggestion where id = ?", raised.getId());
		assertThat(row.get("AUTHOR_ID")).isNull();
		assertThat(row.get("ANONYMOUS")).isEqualTo(true);
		// Midnight of the day in the app's zone (Europe/Berlin), not the moment it was
		// sent.
		assertThat(row.get("CREATED_AT").toString()).doesNotContain("13:47").doesNotContain("15:47");
		assertThat(instant(row.get("CREATED_AT"))).isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
		assertThat(this.jdbc.queryForObject("select count(*) from suggestion_move where suggestion_id = ?",
				Integer.class, raised.getId()))
			.isZero();
	}

	@Test
	void colleaguesAddTheirVoiceOnceButNotToTheirOwnOrToAClosedItem() {
		Person author = person("Voice Author");
		Person ana = person("Voice Ana");
		Suggestion suggestion = this.suggestions.raise(author.getId(), request("Louder", "Text"));

		assertThat(this.suggestions.addVoice(suggestion.getId(), ana.getId())).isTrue();
		assertThat(this.suggestions.addVoice(suggestion.getId(), ana.getId())).isFalse();
		assertRefused(() -> this.suggestions.addVoice(suggestion.getId(), author.getId()), "suggestions.voice.own");
		assertThat(this.suggestions.view(suggestion.getId(), ana.getId()).voices()).isEqualTo(1);
		assertThat(this.suggestions.view(suggestion.getId(), ana.getId()).voicedByReader()).isTrue();

		this.suggestions.move(suggestion.getId(), suggestion.getVersion(), this.managerId, SuggestionState.WONT_DO,
				"Not now");
		assertRefused(() -> this.suggestions.addVoice(suggestion.getId(), person("Late").getId()),
				"suggestions.voice.closed");
	}

	@Test
	void everyMoveIsRecordedWithWhoAndWhen() {
		Suggestion suggestion = this.suggestions.raise(person("Moved Author").getId(), request("Move me", "Text"));
		Instant planned = Instant.parse("2026-09-02T10:00:00Z");
		Instant done = Instant.parse("2026-09-20T16:30:00Z");

		this.clock.set(planned);
		suggestion = this.suggestions.move(suggestion.getId(), suggestion.getVersion(), this.managerId,
				SuggestionState.PLANNED, null);
		this.clock.set(done);
		long other = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		suggestion = this.suggestions.move(suggestion.getId(), suggestion.getVersion(), other, SuggestionState.DONE,
				"New refund rule");
		long finalVersion = suggestion.getVersion();
		long id = suggestion.getId();
		assertRefused(() -> this.suggestions.move(id, finalVersion, other, SuggestionState.NEW, null),
				"suggestions.move.notAllowed");

		assertThat(this.jdbc.queryForList(
				"select from_state, to_state, moved_by_id, moved_at, note from suggestion_move where suggestion_id = ? order by id",
				id))
			.extracting((row) -> List.of(row.get("FROM_STATE"), row.get("TO_STATE"), row.get("MOVED_BY_ID"),
					instant(row.get("MOVED_AT")), String.valueOf(row.get("NOTE"))))
			.containsExactly(List.of("NEW", "PLANNED", this.managerId, planned, "null"),
					List.of("PLANNED", "DONE", other, done, "New refund rule"));
		SuggestionView view = this.suggestions.view(id, other);
		assertThat(view.suggestion().getOutcome()).isEqualTo("New refund rule");
		assertThat(view.history()).extracting((move) -> move.getMovedBy().getId())
			.containsExactly(this.managerId, other);
	}

	@Test
	void aStaleAnswerOrMoveIsRefused() {
		Suggestion suggestion = this.suggestions.raise(person("Stale Author").getId(), request("Stale", "Text"));
		long stale = suggestion.getVersion();
		this.suggestions.answer(suggestion.getId(), stale, this.managerId, "First answer");

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.suggestions.answer(suggestion.getId(), stale, this.managerId, "Second answer"));
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class).isThrownBy(
				() -> this.suggestions.move(suggestion.getId(), stale, this.managerId, SuggestionState.PLANNED, null));
		assertThat(this.suggestions.get(suggestion.getId()).getAnswer()).isEqualTo("First answer");
	}

	@Test
	void managersSeeTheMostSupportedOpenItemsFirstByCategoryAndState() {
		Suggestion quiet = this.suggestions.raise(person("A1").getId(), request("Quiet", "Text"));
		Suggestion loud = this.suggestions.raise(person("A2").getId(), request("Loud", "Text"));
		Suggestion louder = this.suggestions.raise(person("A3").getId(), request("Louder", "Text"));
		Suggestion closed = this.suggestions.raise(person("A4").getId(), request("Closed", "Text"));
		voices(loud, 2);
		voices(louder, 3);
		voices(closed, 5);
		this.suggestions.move(closed.getId(), closed.getVersion(), this.managerId, SuggestionState.WONT_DO, "No");
		this.suggestions.move(quiet.getId(), quiet.getVersion(), this.managerId, SuggestionState.UNDER_REVIEW, null);

		assertThat(titles(this.suggestions.forManagers(this.categoryId, SuggestionState.OPEN)))
			.containsExactly("Louder", "Loud", "Quiet");
		assertThat(titles(this.suggestions.forManagers(this.categoryId, EnumSet.allOf(SuggestionState.class))))
			.containsExactly("Louder", "Loud", "Quiet", "Closed");
		assertThat(titles(this.suggestions.forManagers(this.categoryId, EnumSet.of(SuggestionState.UNDER_REVIEW))))
			.containsExactly("Quiet");
		assertThat(this.suggestions.forManagers(null, SuggestionState.OPEN)).extracting(SuggestionSummary::voices)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void theBoardCountsByCategoryAndStateAndShowsWhatWasDoneSinceLastYearsWeek() {
		// Last year's week began on Monday 6 October 2025.
		this.clock.set(Instant.parse("2025-09-15T09:00:00Z"));
		Suggestion before = this.suggestions.raise(person("B1").getId(), request("Done before", "Text"));
		this.suggestions.move(before.getId(), before.getVersion(), this.managerId, SuggestionState.DONE, "Old news");
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		Suggestion after = this.suggestions.raise(person("B2").getId(), request("Done after", "Text"));
		this.suggestions.move(after.getId(), after.getVersion(), this.managerId, SuggestionState.DONE, "Fixed");
		Suggestion declined = this.suggestions.raise(person("B3").getId(), request("Declined", "Text"));
		this.suggestions.move(declined.getId(), declined.getVersion(), this.managerId, SuggestionState.WONT_DO,
				"Too costly");
		this.suggestions.raise(person("B4").getId(), request("Open one", "Text"));
		this.clock.set(Instant.parse("2026-10-07T09:00:00Z"));

		SuggestionBoard board = this.suggestions.board();

		assertThat(board.sinceYear()).isEqualTo(2025);
		assertThat(board.since()).isEqualTo(java.time.LocalDate.of(2025, 10, 6));
		assertThat(titles(board.doneSince())).contains("Done after").doesNotContain("Done before");
		assertThat(titles(board.declinedSince())).contains("Declined");
		assertThat(titles(board.open().get(SuggestionState.NEW))).contains("Open one");
		assertThat(board.count(this.categoryId, SuggestionState.DONE)).isEqualTo(2);
		assertThat(board.count(this.categoryId, SuggestionState.WONT_DO)).isEqualTo(1);
		assertThat(board.count(this.categoryId, SuggestionState.NEW)).isEqualTo(1);
		assertThat(board.countOfCategory(this.categoryId)).isEqualTo(4);
		assertThat(board.categories()).extracting(SuggestionCategory::getId).contains(this.categoryId);
	}

	@Test
	void managersKeepTheCategories() {
		List<SuggestionCategory> seeded = this.suggestions.allCategories()
			.stream()
			.filter((category) -> category.getCode() != null)
			.toList();
		assertThat(seeded).extracting(SuggestionCategory::getCode)
			.containsExactly("UNANSWERABLE_QUESTIONS", "TRANSFERS", "MISSING_TOOLS", "CUSTOMER_NEEDS",
					"DIFFICULT_CUSTOMERS", "OTHER");
		assertThat(this.suggestions.categoryName(seeded.get(1), java.util.Locale.GERMAN))
			.isEqualTo("Weiterleitungen zwischen Abteilungen");

		SuggestionCategory category = this.suggestions.category(this.categoryId);
		String name = "Renamed " + UUID.randomUUID();
		this.suggestions.renameCategory(this.categoryId, category.getVersion(), name);
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.suggestions.renameCategory(this.categoryId, category.getVersion(), "Stale"));
		assertRefused(() -> this.suggestions.addCategory(name.toUpperCase()), "suggestions.category.nameTaken");
		assertRefused(() -> this.suggestions.addCategory("n".repeat(81)), "suggestions.category.nameTooLong");
		this.suggestions.setCategoryActive(this.categoryId, false);
		assertThat(this.suggestions.activeCategories()).extracting(SuggestionCategory::getId)
			.doesNotContain(this.categoryId);
	}

	private void voices(Suggestion suggestion, int count) {
		for (int i = 0; i < count; i++) {
			this.suggestions.addVoice(suggestion.getId(), person("Voter " + i).getId());
		}
	}

	private static Instant instant(Object value) {
		return (value instanceof Timestamp timestamp) ? timestamp.toInstant()
				: ((java.time.OffsetDateTime) value).toInstant();
	}

	private static List<String> titles(List<SuggestionSummary> items) {
		return items.stream().map((item) -> item.suggestion().getTitle()).toList();
	}

	private NewSuggestion request(String title, String description) {
		return new NewSuggestion(this.categoryId, title, description);
	}

	private Person person(String name) {
		return this.testAccounts.person(name);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(SuggestionRuleException.class).isThrownBy(action::run)
			.extracting(SuggestionRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

}
