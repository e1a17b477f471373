package org.serviceweek.people;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.serviceweek.people.RosterRow.Action;
import org.serviceweek.people.RosterRow.Problem;
import org.serviceweek.shared.SpreadsheetCells;
import org.serviceweek.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster as a CSV file: import (previewed first, all or nothing, idempotent) and
 * export. Columns: name, email, team, title, pronouns, consent. People are matched by
 * email.
 */
@Service
@Transactional
public class Roster {

	static final int MAX_ROWS = 10_000;

	// The same rule as the person form: something, an @, something.
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

	private static final Map<String, String> COLUMN_ALIASES = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("full name", "name"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
			Map.entry("team", "team"), Map.entry("title", "title"), Map.entry("job title", "title"),
			Map.entry("pronouns", "pronouns"), Map.entry("consent", "consent"), Map.entry("public consent", "consent"),
			Map.entry("show on public wall", "consent"));

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "oui");

	private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "non");

	private final PersonRepository persons;

	private final TeamRepository teams;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Roster(PersonRepository persons, TeamRepository teams, Clock clock, ApplicationEventPublisher events) {
		this.persons = persons;
		this.teams = teams;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Works out what importing the file would do, without saving anything.
	 */
	@Transactional(readOnly = true)
	public RosterPreview preview(String csv) {
		ParsedFile file = parse(csv);
		if (file.problem() != null) {
			return new RosterPreview(List.of(), List.of(), file.problem());
		}
		Map<String, Person> existing = this.persons.findAllForRoster()
			.stream()
			.collect(Collectors.toMap(Person::getEmail, Function.identity()));
		Set<String> knownTeams = this.teams.findAll()
			.stream()
			.map((team) -> team.getName().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Map<String, Long> firstLineOfEmail = new HashMap<>();
		Set<String> newTeams = new LinkedHashSet<>();
		List<RosterRow> rows = new ArrayList<>();
		for (ParsedRow parsed : file.rows()) {
			List<Problem> problems = new ArrayList<>(parsed.problems());
			String email = Text.normaliseEmail(parsed.email());
			if (email != null) {
				Long first = firstLineOfEmail.putIfAbsent(email, parsed.line());
				if (first != null) {
					problems.add(new Problem("roster.problem.duplicateEmail", first));
				}
			}
			Action action;
			if (!problems.isEmpty()) {
				action = Action.ERROR;
			}
			else {
				Person person = existing.get(email);
				action = (person == null) ? Action.CREATE
						: (changes(person, parsed, file.hasPronouns()) ? Action.UPDATE : Action.UNCHANGED);
				if (parsed.team() != null && !knownTeams.contains(parsed.team().toLowerCase(Locale.ROOT))
						&& newTeams.stream().noneMatch(parsed.team()::equalsIgnoreCase)) {
					newTeams.add(parsed.team());
				}
			}
			rows.add(new RosterRow(parsed.line(), action, parsed.name(), parsed.email(), parsed.team(),
					parsed.jobTitle(), parsed.pronouns(), parsed.consent(), List.copyOf(problems)));
		}
		RosterPreview preview = new RosterPreview(List.copyOf(rows), List.copyOf(newTeams), null);
		if (rows.isEmpty()) {
			return new RosterPreview(List.of(), List.of(), new Problem("roster.problem.noRows"));
		}
		return preview;
	}

	/**
	 * Imports the file: every row or none. Importing the same file twice changes nothing
	 * the second time.
	 * @throws RosterNotImportableException if any row is wrong
	 */
	public RosterImportResult importFile(String csv) {
		RosterPreview preview = preview(csv);
		if (!preview.importable()) {
			throw new RosterNotImportableException(preview);
		}
		boolean hasPronouns = parse(csv).hasPronouns();
		Map<String, Team> teamsByName = new HashMap<>();
		this.teams.findAll().forEach((team) -> teamsByName.put(team.getName().toLowerCase(Locale.ROOT), team));
		int teamsCreated = 0;
		for (String name : preview.newTeams()) {
			teamsByName.put(name.toLowerCase(Locale.ROOT), this.teams.save(new Team(name)));
			teamsCreated++;
		}
		int created = 0;
		int updated = 0;
		for (RosterRow row : preview.rows()) {
			Team team = (row.team() != null) ? teamsByName.get(row.team().toLowerCase(Locale.ROOT)) : null;
			if (row.action() == Action.CREATE) {
				Person person = new Person(row.name(), row.email(), this.clock.instant());
				person.describe(row.jobTitle(), row.pronouns());
				person.moveTo(team);
				person.changePublicConsent(Boolean.TRUE.equals(row.consent()));
				this.persons.save(person);
				created++;
			}
			else if (row.action() == Action.UPDATE) {
				Person person = this.persons.findByEmail(Text.normaliseEmail(row.email())).orElseThrow();
				person.rename(row.name());
				person.describe(row.jobTitle(), hasPronouns ? row.pronouns() : person.getPronouns());
				person.moveTo(team);
				if (row.consent() != null && person.changePublicConsent(row.consent())) {
					this.events.publishEvent(new PublicConsentChanged(person.getId(), row.consent()));
				}
				updated++;
			}
		}
		return new RosterImportResult(created, updated, (int) preview.count(Action.UNCHANGED), teamsCreated);
	}

	/**
	 * Writes every person as CSV, in the format {@link #importFile} reads back unchanged.
	 */
	@Transactional(readOnly = true)
	public void export(Writer writer) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("name", "email", "team", "title", "pronouns", "consent")
			.setRecordSeparator("\r\n")
			.get();
		try {
			// Not closed here: the writer belongs to the caller (for example the HTTP
			// response).
			CSVPrinter printer = new CSVPrinter(writer, format);
			for (Person person : this.persons.findAllForRoster()) {
				printer.printRecord(SpreadsheetCells.escape(person.getName()),
						SpreadsheetCells.escape(person.getEmail()),
						SpreadsheetCells.escape((person.getTeam() != null) ? person.getTeam().getName() : null),
						SpreadsheetCells.escape(person.getJobTitle()), SpreadsheetCells.escape(person.getPronouns()),
						person.isPublicConsent() ? "yes" : "no");
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean changes(Person person, ParsedRow row, boolean hasPronouns) {
		String team = (person.getTeam() != null) ? person.getTeam().getName() : null;
		boolean sameTeam = (team == null) ? row.team() == null : team.equalsIgnoreCase(String.valueOf(row.team()));
		return !person.getName().equals(row.name()) || !equal(person.getJobTitle(), row.jobTitle()) || !sameTeam
				|| (hasPronouns && !equal(person.getPronouns(), row.pronouns()))
				|| (row.consent() != null && row.consent() != person.isPublicConsent());
	}

	private static boolean equal(String a, String b) {
		return (a == null) ? b == null : a.equals(b);
	}

	private ParsedFile parse(String csv) {
		String text = (csv != null && csv.startsWith("\uFEFF")) ? csv.substring(1) : csv;
		if (text == null || text.isBlank()) {
			return ParsedFile.failed(new Problem("roster.problem.empty"));
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.isEmpty()) {
				return ParsedFile.failed(new Problem("roster.problem.empty"));
			}
			Map<String, Integer> columns = columns(records.get(0));
			if (!columns.containsKey("name") || !columns.containsKey("email")) {
				return ParsedFile.failed(new Problem("roster.problem.header"));
			}
			if (records.size() - 1 > MAX_ROWS) {
				return ParsedFile.failed(new Problem("roster.problem.tooManyRows", MAX_ROWS));
			}
			int[] lineStarts = lineStarts(text);
			List<ParsedRow> rows = new ArrayList<>();
			for (CSVRecord record : records.subList(1, records.size())) {
				rows.add(row(record, columns, lineOf(text, lineStarts, record.getCharacterPosition())));
			}
			return new ParsedFile(rows, columns.containsKey("pronouns"), null);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return ParsedFile.failed(new Problem("roster.problem.unreadable"));
		}
	}

	private static Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = COLUMN_ALIASES.get(header.get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns;
	}

	private static ParsedRow row(CSVRecord record, Map<String, Integer> columns, long line) {
		List<Problem> problems = new ArrayList<>();
		String name = value(record, columns, "name");
		String email = value(record, columns, "email");
		String team = value(record, columns, "team");
		String title = value(record, columns, "title");
		String pronouns = value(record, columns, "pronouns");
		String consentText = value(record, columns, "consent");
		if (name == null) {
			problems.add(new Problem("roster.problem.nameMissing"));
		}
		else if (name.length() > 120) {
			problems.add(new Problem("roster.problem.tooLong", "name", 120));
		}
		if (email == null) {
			problems.add(new Problem("roster.problem.emailMissing"));
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			problems.add(new Problem("roster.problem.emailInvalid", email));
		}
		if (team != null && team.length() > 100) {
			problems.add(new Problem("roster.problem.tooLong", "team", 100));
		}
		if (title != null && title.length() > 120) {
			problems.add(new Problem("roster.problem.tooLong", "title", 120));
		}
		if (pronouns != null && pronouns.length() > 40) {
			problems.add(new Problem("roster.problem.tooLong", "pronouns", 40));
		}
		Boolean consent = null;
		if (consentText != null) {
			String answer = consentText.toLowerCase(Locale.ROOT);
			if (YES.contains(answer)) {
				consent = Boolean.TRUE;
			}
			else if (NO.contains(answer)) {
				consent = Boolean.FALSE;
			}
			else {
				problems.add(new Problem("roster.problem.consentInvalid", consentText));
			}
		}
		return new ParsedRow(line, name, email, team, title, pronouns, consent, problems);
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The 1-based line on which a record starts, so that a manager can find it in the
	 * file.
	 */
	private static long lineOf(String text, int[] lineStarts, long position) {
		int start = (int) position;
		// The parser reports a record's position before the empty lines it skipped.
		while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			start++;
		}
		int index = Arrays.binarySearch(lineStarts, start);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		return SpreadsheetCells.unescape(Text.trimToNull(record.get(index)));
	}

	/**
	 * Reads an uploaded file as UTF-8, or, when it is not valid UTF-8, as Windows-1252
	 * (what Excel on Windows saves as "CSV"), so that "Müller" never turns into "M?ller".
	 */
	public static String decode(byte[] bytes) {
		try {
			return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

	/**
	 * Reads the whole upload; a roster is small enough to hold in memory.
	 */
	public static String read(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		int read;
		while ((read = reader.read(buffer)) != -1) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

	private record ParsedRow(long line, String name, String email, String team, String jobTitle, String pronouns,
			Boolean consent, List<Problem> problems) {
	}

	private record ParsedFile(List<ParsedRow> rows, boolean hasPronouns, Problem problem) {

		static ParsedFile failed(Problem problem) {
			return new ParsedFile(List.of(), false, problem);
		}

	}

}
