package org.serviceweek.listening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.NotFoundException;
import org.serviceweek.shared.RateLimiter;
import org.serviceweek.shared.SpreadsheetCells;
import org.serviceweek.shared.Text;
import org.serviceweek.week.CelebrationWeeks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listening to the front line: colleagues raise challenges and suggestions (named or
 * anonymously), add their voice and comment; managers answer, move each item through its
 * states and export; everyone sees what was raised, decided and done on the "you said, we
 * did" board.
 * <p>
 * Anonymous items are raised with a {@link SubmitterKey}, never with the person: this
 * service does not learn, store, log or publish who wrote them. Raising is not logged at
 * all, as a log line's exact time could be lined up with other traces of the author.
 */
@Service
@Transactional
public class Suggestions {

	/** How many comments one person may write per hour. */
	static final int COMMENTS_PER_HOUR = 30;

	private static final Logger logger = LoggerFactory.getLogger(Suggestions.class);

	private static final Comparator<SuggestionSummary> MOST_SUPPORTED_FIRST = Comparator
		.comparing((SuggestionSummary summary) -> !summary.suggestion().isOpen())
		.thenComparing(Comparator.comparingLong(SuggestionSummary::voices).reversed())
		.thenComparing((summary) -> summary.suggestion().getCreatedAt())
		.thenComparing((summary) -> summary.suggestion().getId());

	private final SuggestionRepository suggestions;

	private final SuggestionCategoryRepository categories;

	private final SuggestionVoiceRepository voices;

	private final SuggestionCommentRepository comments;

	private final SuggestionMoveRepository moves;

	private final SuggestionQuota quota;

	private final RateLimiter rateLimiter;

	private final People people;

	private final CelebrationWeeks weeks;

	private final MessageSource messages;

	private final Clock clock;

	Suggestions(SuggestionRepository suggestions, SuggestionCategoryRepository categories,
			SuggestionVoiceRepository voices, SuggestionCommentRepository comments, SuggestionMoveRepository moves,
			SuggestionQuota quota, RateLimiter rateLimiter, People people, CelebrationWeeks weeks,
			MessageSource messages, Clock clock) {
		this.suggestions = suggestions;
		this.categories = categories;
		this.voices = voices;
		this.comments = comments;
		this.moves = moves;
		this.quota = quota;
		this.rateLimiter = rateLimiter;
		this.people = people;
		this.weeks = weeks;
		this.messages = messages;
		this.clock = clock;
	}

	// --- Categories ---------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<SuggestionCategory> activeCategories() {
		return this.categories.findByActiveTrueOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public List<SuggestionCategory> allCategories() {
		return this.categories.findAllByOrderByActiveDescPositionAscIdAsc();
	}

	public SuggestionCategory addCategory(String name) {
		String wanted = checkCategoryName(name);
		if (this.categories.existsByNameIgnoreCase(wanted)) {
			throw new SuggestionRuleException("name", "suggestions.category.nameTaken");
		}
		return this.categories.save(new SuggestionCategory(wanted, (int) this.categories.count()));
	}

	/**
	 * Renames a category.
	 * @throws ObjectOptimisticLockingFailureException if someone else changed it since
	 * the form was opened
	 */
	public SuggestionCategory renameCategory(long id, long expectedVersion, String name) {
		SuggestionCategory category = category(id);
		if (category.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SuggestionCategory.class, id);
		}
		String wanted = checkCategoryName(name);
		if (this.categories.existsByNameIgnoreCaseAndIdNot(wanted, id)) {
			throw new SuggestionRuleException("name", "suggestions.category.nameTaken");
		}
		category.rename(wanted);
		this.categories.flush();
		return category;
	}

	public void setCategoryActive(long id, boolean active) {
		SuggestionCategory category = category(id);
		if (active) {
			category.reinstate();
		}
		else {
			category.retire();
		}
	}

	@Transactional(readOnly = true)
	public SuggestionCategory category(long id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFoundException("No suggestion category " + id));
	}

	/** A category's name in the reader's language (the starting ones until renamed). */
	public String categoryName(SuggestionCategory category, Locale locale) {
		return (category.getName() != null) ? category.getName()
				: this.messages.getMessage(category.getMessageKey(), null, category.getCode(), locale);
	}

	private static String checkCategoryName(String name) {
		String wanted = Text.trimToNull(name);
		if (wanted == null) {
			throw new SuggestionRuleException("name", "suggestions.category.nameMissing");
		}
		if (wanted.length() > SuggestionCategory.MAX_NAME) {
			throw new SuggestionRuleException("name", "suggestions.category.nameTooLong", SuggestionCategory.MAX_NAME);
		}
		return wanted;
	}

	// --- Raising ------------------------------------------------------------------

	/** A colleague raises a challenge or suggestion under their name. */
	public Suggestion raise(long authorId, NewSuggestion request) {
		Suggestion earlier = sentBefore(request);
		if (earlier != null) {
			return earlier;
		}
		Checked checked = check(request);
		takeQuota(this.quota.keyFor(authorId));
		return this.suggestions.saveAndFlush(
				Suggestion
					.named(this.people.get(authorId), checked.category(), checked.title(), checked.description(),
							this.clock.instant())
					.submittedWith(request.submissionKey()));
	}

	/**
	 * The suggestion the same form already raised (a double click or a reload), if any.
	 */
	@Transactional(readOnly = true)
	public Suggestion sentBefore(NewSuggestion request) {
		String key = request.submissionKey();
		return (key != null) ? this.suggestions.findBySubmissionKey(key).orElse(null) : null;
	}

	/**
	 * A colleague raises a challenge or suggestion anonymously. Only the hourly limit
	 * knows them, by a key that cannot be turned back into a person; the suggestion keeps
	 * no author and only the day it was raised.
	 */
	public Suggestion raiseAnonymously(SubmitterKey submitter, NewSuggestion request) {
		Suggestion earlier = sentBefore(request);
		if (earlier != null) {
			return earlier;
		}
		Checked checked = check(request);
		takeQuota(submitter);
		ZoneId zone = this.clock.getZone();
		return this.suggestions
			.saveAndFlush(Suggestion
				.anonymous(checked.category(), checked.title(), checked.description(),
						LocalDate.now(this.clock).atStartOfDay(zone).toInstant())
				.submittedWith(request.submissionKey()));
	}

	private void takeQuota(SubmitterKey submitter) {
		if (!this.quota.tryAcquire(submitter)) {
			throw new SuggestionRuleException(null, "suggestions.tooMany", this.quota.perHour());
		}
	}

	private Checked check(NewSuggestion request) {
		String title = Text.trimToNull(request.title());
		String description = Text.trimToNull(request.description());
		SuggestionCategory category = (request.categoryId() != null)
				? this.categories.findById(request.categoryId()).filter(SuggestionCategory::isActive).orElse(null)
				: null;
		if (title == null) {
			throw new SuggestionRuleException("title", "suggestions.titleMissing");
		}
		if (title.length() > Suggestion.MAX_TITLE) {
			throw new SuggestionRuleException("title", "suggestions.titleTooLong", Suggestion.MAX_TITLE);
		}
		if (description == null) {
			throw new SuggestionRuleException("description", "suggestions.descriptionMissing");
		}
		if (description.length() > Suggestion.MAX_DESCRIPTION) {
			throw new SuggestionRuleException("description", "suggestions.descriptionTooLong",
					Suggestion.MAX_DESCRIPTION);
		}
		if (category == null) {
			throw new SuggestionRuleException("categoryId", "suggestions.categoryMissing");
		}
		return new Checked(category, title, description);
	}

	// --- Reading ------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Suggestion get(long id) {
		return this.suggestions.findWithDetailsById(id).orElseThrow(() -> new SuggestionNotFoundException(id));
	}

	/** A suggestion's page for a reader. */
	@Transactional(readOnly = true)
	public SuggestionView view(long id, long readerId) {
		Suggestion suggestion = get(id);
		return new SuggestionView(suggestion, this.voices.countBySuggestionId(id),
				this.voices.existsById(new SuggestionVoice.Key(id, readerId)), this.comments.findBySuggestion(id),
				this.moves.findBySuggestion(id));
	}

	/**
	 * What was done since last year's celebration week, the latest first (for the week's
	 * recap).
	 */
	@Transactional(readOnly = true)
	public List<SuggestionSummary> doneSinceLastYearsWeek() {
		LocalDate since = this.weeks.weekOf(LocalDate.now(this.clock).getYear() - 1).getStartsOn();
		return summaries(this.suggestions.findMovedToSince(List.of(SuggestionState.DONE),
				since.atStartOfDay(this.clock.getZone()).toInstant()));
	}

	/** The "you said, we did" board. */
	@Transactional(readOnly = true)
	public SuggestionBoard board() {
		Map<Long, Map<SuggestionState, Long>> counts = new HashMap<>();
		for (Object[] row : this.suggestions.countByCategoryAndState()) {
			counts.computeIfAbsent((Long) row[0], (id) -> new EnumMap<>(SuggestionState.class))
				.put((SuggestionState) row[1], (Long) row[2]);
		}
		List<SuggestionCategory> shown = allCategories().stream()
			.filter((category) -> category.isActive() || counts.containsKey(category.getId()))
			.toList();
		int sinceYear = LocalDate.now(this.clock).getYear() - 1;
		LocalDate since = this.weeks.weekOf(sinceYear).getStartsOn();
		List<Suggestion> openFound = this.suggestions.findByStateInOrderByCreatedAtAscIdAsc(SuggestionState.OPEN);
		List<Suggestion> closedFound = this.suggestions.findMovedToSince(
				List.of(SuggestionState.DONE, SuggestionState.WONT_DO),
				since.atStartOfDay(this.clock.getZone()).toInstant());
		// One pair of count queries for both lists, whether either is empty or not.
		List<Suggestion> both = new ArrayList<>(openFound);
		both.addAll(closedFound);
		List<SuggestionSummary> items = summaries(both);
		Set<SuggestionState> openStates = SuggestionState.OPEN;
		List<SuggestionSummary> openItems = items.stream()
			.filter((item) -> openStates.contains(item.suggestion().getState()))
			.toList();
		List<SuggestionSummary> closed = items.stream()
			.filter((item) -> !openStates.contains(item.suggestion().getState()))
			.toList();
		Map<SuggestionState, List<SuggestionSummary>> open = new LinkedHashMap<>();
		for (SuggestionState state : List.of(SuggestionState.PLANNED, SuggestionState.UNDER_REVIEW,
				SuggestionState.NEW)) {
			open.put(state, openItems.stream().filter((item) -> item.suggestion().getState() == state).toList());
		}
		return new SuggestionBoard(shown, counts, open, since, sinceYear,
				closed.stream().filter((item) -> item.suggestion().getState() == SuggestionState.DONE).toList(),
				closed.stream().filter((item) -> item.suggestion().getState() == SuggestionState.WONT_DO).toList());
	}

	/**
	 * Items for managers, in the given states and optionally one category: open items
	 * first, the most supported first, then the oldest.
	 */
	@Transactional(readOnly = true)
	public List<SuggestionSummary> forManagers(Long categoryId, Set<SuggestionState> states) {
		List<Suggestion> found = (categoryId != null)
				? this.suggestions.findByCategoryIdAndStateInOrderByCreatedAtAscIdAsc(categoryId, states)
				: this.suggestions.findByStateInOrderByCreatedAtAscIdAsc(states);
		return summaries(found).stream().sorted(MOST_SUPPORTED_FIRST).toList();
	}

	/**
	 * The same items as {@link #forManagers} as CSV. An anonymous item's author cell is
	 * empty, as there is nobody to name.
	 */
	@Transactional(readOnly = true)
	public void export(Long categoryId, Set<SuggestionState> states, Locale locale, Writer writer) {
		ZoneId zone = this.clock.getZone();
		try {
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder()
						.setHeader("id", "raised_on", "category", "title", "description", "raised_by", "state",
								"voices", "comments", "answer", "outcome", "state_changed_on")
						.setRecordSeparator("\r\n")
						.get());
			for (SuggestionSummary item : forManagers(categoryId, states)) {
				Suggestion s = item.suggestion();
				printer.printRecord(s.getId(), s.getCreatedAt().atZone(zone).toLocalDate(),
						SpreadsheetCells.escape(categoryName(s.getCategory(), locale)),
						SpreadsheetCells.escape(s.getTitle()), SpreadsheetCells.escape(s.getDescription()),
						(s.getAuthor() != null) ? SpreadsheetCells.escape(s.getAuthor().getName()) : "",
						this.messages.getMessage("suggestions.state." + s.getState(), null, s.getState().name(),
								locale),
						item.voices(), item.comments(), SpreadsheetCells.escape(s.getAnswer()),
						SpreadsheetCells.escape(s.getOutcome()),
						(s.getStateChangedAt() != null) ? s.getStateChangedAt().atZone(zone).toLocalDate() : "");
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<SuggestionSummary> summaries(List<Suggestion> found) {
		// The two count queries run even for an empty list (with an id no row has), so a
		// page costs the same number of statements whatever the data: the statement-count
		// test compares pages on two data sets.
		List<Long> ids = found.isEmpty() ? List.of(-1L) : found.stream().map(Suggestion::getId).toList();
		Map<Long, Long> voiceCounts = counts(this.voices.countBySuggestions(ids));
		Map<Long, Long> commentCounts = counts(this.comments.countBySuggestions(ids));
		return found.stream()
			.map((s) -> new SuggestionSummary(s, voiceCounts.getOrDefault(s.getId(), 0L),
					commentCounts.getOrDefault(s.getId(), 0L)))
			.sorted(MOST_SUPPORTED_FIRST)
			.toList();
	}

	private static Map<Long, Long> counts(Collection<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		rows.forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	// --- Voices and comments ------------------------------------------------------

	/**
	 * A colleague adds their voice ("me too"), once.
	 * @return whether it was added ({@code false}: they had already)
	 */
	public boolean addVoice(long id, long personId) {
		Suggestion suggestion = get(id);
		if (suggestion.isRaisedBy(personId)) {
			throw new SuggestionRuleException(null, "suggestions.voice.own");
		}
		if (!suggestion.isOpen()) {
			throw new SuggestionRuleException(null, "suggestions.voice.closed");
		}
		SuggestionVoice.Key key = new SuggestionVoice.Key(id, personId);
		if (this.voices.existsById(key)) {
			return false;
		}
		this.voices.saveAndFlush(new SuggestionVoice(id, personId));
		return true;
	}

	/** A colleague comments, under their name. */
	public SuggestionComment comment(long id, long personId, String text) {
		get(id);
		String body = Text.trimToNull(text);
		if (body == null) {
			throw new SuggestionRuleException("body", "suggestions.comment.missing");
		}
		if (body.length() > SuggestionComment.MAX_LENGTH) {
			throw new SuggestionRuleException("body", "suggestions.comment.tooLong", SuggestionComment.MAX_LENGTH);
		}
		if (!this.rateLimiter.tryAcquire("suggestion-comments:" + personId, COMMENTS_PER_HOUR, Duration.ofHours(1))) {
			throw new SuggestionRuleException("body", "suggestions.comment.tooMany", COMMENTS_PER_HOUR);
		}
		return this.comments.save(new SuggestionComment(id, this.people.get(personId), body, this.clock.instant()));
	}

	// --- Managers -----------------------------------------------------------------

	/**
	 * A manager answers publicly (answering again replaces the answer).
	 * @throws ObjectOptimisticLockingFailureException if someone else changed the item
	 * since the page was opened
	 */
	public Suggestion answer(long id, long expectedVersion, long managerId, String text) {
		Suggestion suggestion = current(id, expectedVersion);
		String answer = Text.trimToNull(text);
		if (answer == null) {
			throw new SuggestionRuleException("answer", "suggestions.answer.missing");
		}
		if (answer.length() > Suggestion.MAX_ANSWER) {
			throw new SuggestionRuleException("answer", "suggestions.answer.tooLong", Suggestion.MAX_ANSWER);
		}
		suggestion.answer(this.people.get(managerId), answer, this.clock.instant());
		this.suggestions.flush();
		return suggestion;
	}

	/**
	 * A manager moves an item to another state; the move is kept in its history.
	 * @throws ObjectOptimisticLockingFailureException if someone else changed the item
	 * since the page was opened
	 */
	public Suggestion move(long id, long expectedVersion, long managerId, SuggestionState target, String note) {
		Suggestion suggestion = current(id, expectedVersion);
		if (target == null) {
			throw new SuggestionRuleException("state", "suggestions.move.stateMissing");
		}
		SuggestionState from = suggestion.getState();
		this.moves.save(suggestion.moveTo(target, this.people.get(managerId), note, this.clock.instant()));
		this.suggestions.flush();
		logger.info("Suggestion {} moved from {} to {}", id, from, target);
		return suggestion;
	}

	private Suggestion current(long id, long expectedVersion) {
		Suggestion suggestion = get(id);
		if (suggestion.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Suggestion.class, id);
		}
		return suggestion;
	}

	private record Checked(SuggestionCategory category, String title, String description) {
	}

}
