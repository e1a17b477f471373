package org.serviceweek.listening.web;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.listening.NewSuggestion;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.listening.SuggestionState;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.people.Person;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "You said, we did" as people use it in the browser, checked on the raw pages, the CSV,
 * the database and the log: anonymity, who may move what, checks, conflicts and limits.
 */
@SpringBootTest(properties = { "serviceweek.test.context=listening", "serviceweek.suggestions.per-hour=3",
		"logging.level.org.serviceweek=debug" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class SuggestionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Suggestions suggestions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private SignedInAccount manager;

	private SignedInAccount colleague;

	private long categoryId;

	@BeforeEach
	void accounts() {
		this.clock.set(Instant.parse("2026-09-14T07:30:00Z"));
		this.manager = this.testAccounts.signedIn(Role.MANAGER);
		this.colleague = this.testAccounts.signedIn(Role.STAFF);
		this.categoryId = this.suggestions.addCategory("Web category " + UUID.randomUUID()).getId();
	}

	@Test
	void anAnonymousSuggestionLeavesNoTraceOfItsAuthor(CapturedOutput output) throws Exception {
		SignedInAccount author = account("Zelda Quimbleworth");
		String email = author.getUsername();
		String title = "ANON-" + UUID.randomUUID();

		MvcResult raised = this.mvc
			.perform(post("/suggestions").with(user(author))
				.with(csrf())
				.param("categoryId", String.valueOf(this.categoryId))
				.param("title", title)
				.param("description", "Transfers take forever.")
				.param("anonymous", "true"))
			.andReturn();
		assertThat(raised.getResponse().getRedirectedUrl()).startsWith("/suggestions/").endsWith("?raised=true");
		String redirectedTo = raised.getResponse().getRedirectedUrl();
		long id = Long.parseLong(redirectedTo.substring("/suggestions/".length(), redirectedTo.indexOf('?')));
		// Sessions are kept in the database (ADR 015): none holds the new suggestion's
		// address, as a flash message for its author would.
		assertThat(raised.getFlashMap().keySet()).isEmpty();
		assertThat(this.jdbc.queryForList("select attribute_bytes from spring_session_attributes", byte[].class))
			.noneMatch((bytes) -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
				.contains("/suggestions/" + id));
		assertThat(html(get(redirectedTo).with(user(author)))).contains("Your name was not stored.");
		this.suggestions.addVoice(id, this.colleague.getPersonId());
		this.suggestions.answer(id, this.suggestions.get(id).getVersion(), this.manager.getPersonId(), "We see it.");

		// The database: no author, nothing that names them, no history entry for raising.
		Map<String, Object> row = this.jdbc.queryForMap("select * from suggestion where id = ?", id);
		assertThat(row.get("AUTHOR_ID")).isNull();
		assertThat(row.get("ANONYMOUS")).isEqualTo(true);
		assertThat(row.values())
			.allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain("Zelda", "Quimbleworth", email));
		assertThat(valuesInSuggestionTables()).isNotEmpty()
			.allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain("Quimbleworth", email));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from suggestion_voice where suggestion_id = ? and person_id = ?", Integer.class, id,
				author.getPersonId()))
			.isZero();

		// The pages, for colleagues and managers.
		for (SignedInAccount reader : List.of(this.colleague, this.manager)) {
			for (String page : List.of("/suggestions", "/suggestions/" + id, "/suggestions/manage?state=all")) {
				if (page.contains("manage") && reader == this.colleague) {
					continue;
				}
				assertThat(html(get(page).with(user(reader)))).as(page)
					.contains(title)
					.doesNotContain("Quimbleworth", email);
			}
		}
		assertThat(html(get("/suggestions/" + id).with(user(this.colleague)))).contains("Raised anonymously on");
		// Even the author's own page does not know it is theirs.
		assertThat(html(get("/suggestions/" + id).with(user(author)))).contains("Me too");

		// The export.
		String csv = html(get("/suggestions/export.csv?state=all").with(user(this.manager)));
		assertThat(csv).contains(title).doesNotContain("Quimbleworth", email);
		String line = csv.lines().filter((l) -> l.contains(title)).findFirst().orElseThrow();
		assertThat(line).contains(",,New,1,0,We see it.,");

		// The log, at debug level for the whole app.
		assertThat(output.getAll()).doesNotContain("Quimbleworth", email, "person:" + author.getPersonId());
	}

	@Test
	void theAccessLogDoesNotSayWhoRaisedASuggestionOrSawItsThanks() throws Exception {
		SignedInAccount author = account("Access Logged");
		ch.qos.logback.classic.Logger accessLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger("org.serviceweek.access");
		ch.qos.logback.classic.Level level = accessLog.getLevel();
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
		lines.start();
		accessLog.addAppender(lines);
		accessLog.setLevel(ch.qos.logback.classic.Level.INFO);
		try {
			this.mvc.perform(get("/suggestions/new").with(user(author)));
			String thanks = this.mvc
				.perform(post("/suggestions").with(user(author))
					.with(csrf())
					.param("categoryId", String.valueOf(this.categoryId))
					.param("title", "Logged-" + UUID.randomUUID())
					.param("description", "Transfers take forever.")
					.param("anonymous", "true"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			this.mvc.perform(get(thanks).with(user(author)));
			this.mvc.perform(get("/suggestions").with(user(author)));
		}
		finally {
			accessLog.detachAppender(lines);
			accessLog.setLevel(level);
		}

		List<String> logged = lines.list.stream()
			.map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
			.toList();
		assertThat(logged).hasSize(4);
		// Their other requests carry their account, as everyone's do.
		assertThat(logged.get(0)).startsWith("GET /suggestions/new 200").endsWith(" account " + author.getAccountId());
		assertThat(logged.get(3)).startsWith("GET /suggestions 200").endsWith(" account " + author.getAccountId());
		assertThat(logged.get(1)).startsWith("POST /suggestions 302").doesNotContain("account");
		assertThat(logged.get(2)).startsWith("GET /suggestions/").doesNotContain("account");
		assertThat(lines.list.subList(1, 3))
			.allSatisfy((line) -> assertThat(line.getKeyValuePairs()).noneMatch((pair) -> pair.key.equals("accountId")))
			.allSatisfy((line) -> assertThat(line.getMDCPropertyMap()).doesNotContainKey("accountId"));
	}

	@Test
	void aNamedSuggestionShowsItsAuthorOnThePagesAndInTheExport() throws Exception {
		SignedInAccount author = account("Named Ottoline");
		String title = "NAMED-" + UUID.randomUUID();

		this.mvc.perform(post("/suggestions").with(user(author))
			.with(csrf())
			.param("categoryId", String.valueOf(this.categoryId))
			.param("title", title)
			.param("description", "Please."));

		assertThat(html(get("/suggestions/manage").with(user(this.manager)))).contains(title, "Named Ottoline");
		assertThat(html(get("/suggestions/export.csv").with(user(this.manager)))).contains("Named Ottoline");
	}

	@Test
	void onlyManagersAnswerAndMoveAndEveryMoveShowsWhoAndWhen() throws Exception {
		Suggestion suggestion = raise("Stateful");
		String path = "/suggestions/" + suggestion.getId();

		assertThat(status(post(path + "/state").with(user(this.colleague))
			.with(csrf())
			.param("state", "DONE")
			.param("note", "Sneaky")
			.param("version", "0"))).isEqualTo(403);
		assertThat(status(post(path + "/answer").with(user(this.colleague))
			.with(csrf())
			.param("answer", "Sneaky")
			.param("version", "0"))).isEqualTo(403);
		assertThat(this.suggestions.get(suggestion.getId()).getState()).isEqualTo(SuggestionState.NEW);
		assertThat(html(get(path).with(user(this.colleague)))).doesNotContain("For managers", "Move to");

		this.clock.set(Instant.parse("2026-09-15T08:05:00Z"));
		assertThat(status(post(path + "/state").with(user(this.manager))
			.with(csrf())
			.param("state", "PLANNED")
			.param("version", "0"))).isEqualTo(302);
		String page = html(get(path).with(user(this.colleague)));
		assertThat(page).contains("15 September 2026, 10:05: from New to Planned, by " + this.manager.getDisplayName());

		String refused = html(post(path + "/state").with(user(this.manager))
			.with(csrf())
			.param("state", "DONE")
			.param("note", " ")
			.param("version", "1"));
		assertThat(refused).contains("Say what changed").contains("aria-invalid=\"true\"");
		assertThat(this.suggestions.get(suggestion.getId()).getState()).isEqualTo(SuggestionState.PLANNED);
	}

	@Test
	void wrongInputIsShownBesideEachFieldKeepingWhatWasTyped() throws Exception {
		String empty = html(post("/suggestions").with(user(this.colleague))
			.with(csrf())
			.param("title", "")
			.param("description", " "));
		assertThat(empty).contains("Give it a short title.", "Say what happens and what would help.",
				"Choose a category.", "aria-invalid=\"true\"");

		String tooLong = html(post("/suggestions").with(user(this.colleague))
			.with(csrf())
			.param("categoryId", String.valueOf(this.categoryId))
			.param("title", "t".repeat(121))
			.param("description", "KEEP-THIS-DESCRIPTION"));
		assertThat(tooLong).contains("Keep the title to 120 characters.", "KEEP-THIS-DESCRIPTION");
	}

	@Test
	void whatPeopleTypeIsShownAsTextNeverAsMarkup() throws Exception {
		Suggestion suggestion = this.suggestions.raise(this.colleague.getPersonId(), new NewSuggestion(this.categoryId,
				"<script>alert('title')</script>", "<img src=x onerror=alert(1)> & <b>bold</b>"));
		this.suggestions.comment(suggestion.getId(), this.manager.getPersonId(), "<i>comment</i>");

		for (String page : List.of("/suggestions", "/suggestions/" + suggestion.getId())) {
			assertThat(html(get(page).with(user(this.manager)))).as(page)
				.doesNotContain("<script>alert", "<img src=x", "<b>bold", "<i>comment")
				.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
		}
	}

	@Test
	void theFormCanBeFilledInFromTheAddress() throws Exception {
		String page = html(get("/suggestions/new").param("title", "From the ride-along")
			.param("description", "Agents re-type the order number three times.")
			.with(user(this.colleague)));

		assertThat(page).contains("value=\"From the ride-along\"", "Agents re-type the order number three times.");
	}

	@Test
	void germanReadersSeeTheStartingCategoriesInGerman() throws Exception {
		String page = html(get("/suggestions/new").locale(Locale.GERMAN).with(user(this.colleague)));

		assertThat(page).contains("Weiterleitungen zwischen Abteilungen", "Anonym einbringen");
	}

	@Test
	void aStaleAnswerKeepsWhatWasTypedAndShowsWhatIsSavedNow() throws Exception {
		Suggestion suggestion = raise("Conflicted");
		long seen = suggestion.getVersion();
		this.suggestions.answer(suggestion.getId(), seen, this.testAccounts.signedIn(Role.MANAGER).getPersonId(),
				"SAVED-BY-SOMEONE-ELSE");

		String page = html(post("/suggestions/" + suggestion.getId() + "/answer").with(user(this.manager))
			.with(csrf())
			.param("answer", "MY-TYPED-ANSWER")
			.param("version", String.valueOf(seen)));

		assertThat(page).contains("Someone else changed this suggestion", "MY-TYPED-ANSWER", "SAVED-BY-SOMEONE-ELSE");
		assertThat(this.suggestions.get(suggestion.getId()).getAnswer()).isEqualTo("SAVED-BY-SOMEONE-ELSE");
	}

	@Test
	void aMoveAfterSomeoneElseClosedTheItemSaysSoAndGivesBackTheNote() throws Exception {
		Suggestion suggestion = raise("Closed meanwhile");
		long seen = suggestion.getVersion();
		this.suggestions.move(suggestion.getId(), seen, this.manager.getPersonId(), SuggestionState.UNDER_REVIEW, null);
		Suggestion reviewed = this.suggestions.get(suggestion.getId());
		this.suggestions.move(suggestion.getId(), reviewed.getVersion(), this.manager.getPersonId(),
				SuggestionState.DONE, "Closed by someone else");

		String page = html(post("/suggestions/" + suggestion.getId() + "/state").with(user(this.manager))
			.with(csrf())
			.param("state", "PLANNED")
			.param("note", "MY-TYPED-NOTE")
			.param("version", String.valueOf(reviewed.getVersion())));

		assertThat(page).contains("Someone else changed this suggestion", "MY-TYPED-NOTE");
		assertThat(this.suggestions.get(suggestion.getId()).getState()).isEqualTo(SuggestionState.DONE);
	}

	@Test
	void sendingTheSameFormTwiceRaisesOneSuggestion() throws Exception {
		String form = html(get("/suggestions/new").with(user(this.colleague)));
		java.util.regex.Matcher key = java.util.regex.Pattern
			.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"")
			.matcher(form);
		assertThat(key.find()).as("one-time key in the form").isTrue();
		String title = "Sent twice " + UUID.randomUUID().toString().substring(0, 8);

		for (boolean anonymous : new boolean[] { false, true }) {
			String sent = anonymous ? key.group(1).replace('-', 'a') : key.group(1);
			String first = this.mvc.perform(raiseRequest(this.colleague, title, anonymous).param("submissionKey", sent))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			String second = this.mvc
				.perform(raiseRequest(this.colleague, title, anonymous).param("submissionKey", sent))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(second).as("anonymous %s", anonymous).isEqualTo(first).startsWith("/suggestions/");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from suggestion where title = ?", Integer.class, title))
			.isEqualTo(2);
	}

	@Test
	void aStaleCategoryRenameKeepsTheTypedName() throws Exception {
		long version = this.suggestions.category(this.categoryId).getVersion();
		String theirs = "Theirs " + UUID.randomUUID();
		this.suggestions.renameCategory(this.categoryId, version, theirs);

		String page = html(post("/suggestions/categories/" + this.categoryId).with(user(this.manager))
			.with(csrf())
			.param("name", "MY-TYPED-NAME")
			.param("version", String.valueOf(version)));

		assertThat(page).contains("Someone else renamed this category", "MY-TYPED-NAME", "Saved now: " + theirs);
	}

	@Test
	void tooManyInOneHourAreRefusedKeepingWhatWasTyped() throws Exception {
		SignedInAccount eager = this.testAccounts.signedIn(Role.STAFF);
		for (int i = 0; i < 3; i++) {
			assertThat(status(raiseRequest(eager, "Eager " + i, i % 2 == 0))).isEqualTo(302);
		}

		String page = html(raiseRequest(eager, "KEEP-THIS-TITLE", true));

		assertThat(page).contains("You raised 3 in the last hour", "KEEP-THIS-TITLE");
	}

	@Test
	void aColleagueAddsTheirVoiceOnceAndOnlyTheCountIsShown() throws Exception {
		Suggestion suggestion = raise("Me too, please");
		String path = "/suggestions/" + suggestion.getId();

		this.mvc.perform(post(path + "/voice").with(user(this.colleague)).with(csrf()));
		MvcResult again = this.mvc.perform(post(path + "/voice").with(user(this.colleague)).with(csrf())).andReturn();

		assertThat(again.getFlashMap().get("success")).isEqualTo("suggestions.voice.already");
		assertThat(html(get(path).with(user(this.manager)))).contains("1 colleague said &quot;me too&quot;")
			.doesNotContain(this.colleague.getUsername());
	}

	@Test
	void managersFilterByCategoryAndStateAndExportSafeCells() throws Exception {
		long otherCategory = this.suggestions.addCategory("Other web " + UUID.randomUUID()).getId();
		raise("=HYPERLINK(\"http://evil\")");
		this.suggestions.raise(this.colleague.getPersonId(),
				new NewSuggestion(otherCategory, "ELSEWHERE", "Not in the filter"));

		String page = html(get("/suggestions/manage").param("category", String.valueOf(this.categoryId))
			.param("state", "NEW")
			.with(user(this.manager)));
		assertThat(page).contains("=HYPERLINK").doesNotContain("ELSEWHERE");

		MvcResult export = this.mvc
			.perform(get("/suggestions/export.csv").param("category", String.valueOf(this.categoryId))
				.with(user(this.manager)))
			.andReturn();
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains("suggestions-open-");
		String csv = export.getResponse().getContentAsString();
		assertThat(csv).startsWith("\uFEFFid,raised_on,category,title,description,raised_by,state")
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.doesNotContain("ELSEWHERE");
	}

	private Suggestion raise(String title) {
		return this.suggestions.raise(this.testAccounts.person("Raiser").getId(),
				new NewSuggestion(this.categoryId, title, "Text"));
	}

	private MockHttpServletRequestBuilder raiseRequest(SignedInAccount who, String title, boolean anonymous) {
		return post("/suggestions").with(user(who))
			.with(csrf())
			.param("categoryId", String.valueOf(this.categoryId))
			.param("title", title)
			.param("description", "Text")
			.param("anonymous", String.valueOf(anonymous));
	}

	private SignedInAccount account(String name) {
		Person person = this.testAccounts.person(name);
		this.accounts.createAccount(person.getId(), Role.STAFF, TestAccounts.PASSWORD);
		return (SignedInAccount) this.userDetails.loadUserByUsername(person.getEmail());
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Every value in every table of "you said, we did", on H2 and on PostgreSQL. */
	private List<Object> valuesInSuggestionTables() {
		List<String> tables = this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			List<String> names = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData()
				.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					names.add(rows.getString("TABLE_NAME"));
				}
			}
			return names;
		});
		assertThat(tables).extracting((name) -> name.toLowerCase(Locale.ROOT))
			.contains("suggestion", "suggestion_voice", "suggestion_comment", "suggestion_move", "suggestion_quota");
		return tables.stream()
			.filter((name) -> name.toLowerCase(Locale.ROOT).startsWith("suggestion"))
			.flatMap((name) -> this.jdbc.queryForList("select * from " + name).stream())
			.flatMap((row) -> row.values().stream())
			.toList();
	}

}
