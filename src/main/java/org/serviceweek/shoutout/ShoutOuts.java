package org.serviceweek.shoutout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PublicConsentChanged;
import org.serviceweek.people.Team;
import org.serviceweek.shared.AppSettings;
import org.serviceweek.shared.PublicContent;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.SpreadsheetCells;
import org.serviceweek.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shout-outs between colleagues: posting (once, however often the form is sent), the
 * 15-minute edit window, reactions, reports, the feed and each person's recognition.
 */
@Service
@Transactional
public class ShoutOuts {

	/**
	 * When on, staff shout-outs marked public go straight to the wall without moderation.
	 */
	public static final String SKIP_MODERATION = "shoutouts.skip-moderation";

	private final ShoutOutRepository shoutOuts;

	private final ReactionRepository reactions;

	private final ShoutOutReportRepository reports;

	private final CompanyValueRepository values;

	private final People people;

	private final AppSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PublicContent publicContent;

	private final PublicWallQueries wall;

	private final FeedQueries feed;

	ShoutOuts(ShoutOutRepository shoutOuts, ReactionRepository reactions, ShoutOutReportRepository reports,
			CompanyValueRepository values, People people, AppSettings settings, ApplicationEventPublisher events,
			Clock clock, PublicContent publicContent, PublicWallQueries wall, FeedQueries feed) {
		this.shoutOuts = shoutOuts;
		this.reactions = reactions;
		this.reports = reports;
		this.values = values;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.publicContent = publicContent;
		this.wall = wall;
		this.feed = feed;
	}

	/**
	 * A person's consent changed: the shout-outs naming them leave or rejoin the public
	 * wall, in the same transaction.
	 */
	@EventListener
	void on(PublicConsentChanged changed) {
		this.shoutOuts.placeOnPublicWall(changed.personId());
		this.publicContent.changed();
	}

	/**
	 * Posts a shout-out. Sending the same form twice (a double click, a reload) returns
	 * the first shout-out instead of creating a second.
	 */
	public ShoutOut post(long authorId, NewShoutOut request) {
		if (request.submissionKey() != null) {
			ShoutOut earlier = this.shoutOuts.findBySubmissionKey(request.submissionKey()).orElse(null);
			if (earlier != null) {
				return earlier;
			}
		}
		Person author = this.people.get(authorId);
		Set<Person> recipients = recipients(author, request.recipientIds(), request.teamId());
		Team team = (request.teamId() != null) ? this.people.getTeam(request.teamId()) : null;
		CompanyValue value = activeValue(request.valueId());
		checkMessage(request.message());
		ShoutOut shoutOut = ShoutOut.byColleague(author, recipients, team, value, request.message(),
				request.wantsPublic(), !this.settings.isOn(SKIP_MODERATION), request.submissionKey(),
				this.clock.instant());
		// If the same form arrives twice at the same moment, the unique submission key
		// makes this
		// fail; the caller then finds the other request's shout-out with
		// findBySubmission.
		this.shoutOuts.saveAndFlush(shoutOut);
		this.events.publishEvent(new ShoutOutPosted(shoutOut.getId(), author.getId(), author.getName(),
				recipients.stream().map(Person::getId).toList(), shoutOut.getMessage()));
		if (shoutOut.isPublic()) {
			this.events.publishEvent(approved(shoutOut));
		}
		return shoutOut;
	}

	/**
	 * Records a shout-out from the past when importing history (for example the demo's
	 * year of recognition): same rules, its own date, and nobody is notified again.
	 */
	public ShoutOut importShoutOut(long authorId, NewShoutOut request, Instant createdAt, boolean approved) {
		Person author = this.people.get(authorId);
		checkMessage(request.message());
		ShoutOut shoutOut = ShoutOut.byColleague(author, recipients(author, request.recipientIds(), request.teamId()),
				(request.teamId() != null) ? this.people.getTeam(request.teamId()) : null,
				activeValue(request.valueId()), request.message(), request.wantsPublic(), true, null, createdAt);
		if (approved && request.wantsPublic()) {
			shoutOut.approve(author, null, createdAt);
		}
		return this.shoutOuts.save(shoutOut);
	}

	/** Adds a reaction without toggling (importing history). */
	public void importReaction(long id, long personId, ReactionKind kind) {
		Reaction.Key key = new Reaction.Key(id, personId, kind);
		if (!this.reactions.existsById(key)) {
			this.reactions.save(new Reaction(id, personId, kind, this.clock.instant()));
		}
	}

	private Set<Person> recipients(Person author, List<Long> ids, Long teamId) {
		List<Long> chosen = (ids != null) ? ids.stream().distinct().toList() : List.of();
		if (chosen.contains(author.getId())) {
			throw new ShoutOutRuleException("recipientIds", "shoutOut.notToYourself");
		}
		if (chosen.size() > ShoutOut.MAX_RECIPIENTS) {
			throw new ShoutOutRuleException("recipientIds", "shoutOut.tooManyRecipients", ShoutOut.MAX_RECIPIENTS);
		}
		Set<Person> recipients = new LinkedHashSet<>();
		chosen.forEach((id) -> recipients.add(this.people.get(id)));
		if (teamId != null) {
			this.people.members(teamId)
				.stream()
				.filter((member) -> !member.getId().equals(author.getId()))
				.forEach(recipients::add);
		}
		if (recipients.isEmpty()) {
			throw new ShoutOutRuleException("recipientIds",
					(teamId != null) ? "shoutOut.teamEmpty" : "shoutOut.noRecipients");
		}
		return recipients;
	}

	private CompanyValue activeValue(Long valueId) {
		if (valueId == null) {
			throw new ShoutOutRuleException("valueId", "shoutOut.valueMissing");
		}
		CompanyValue value = this.values.findById(valueId)
			.filter(CompanyValue::isActive)
			.orElseThrow(() -> new ShoutOutRuleException("valueId", "shoutOut.valueMissing"));
		return value;
	}

	private static void checkMessage(String message) {
		String text = Text.trimToNull(message);
		if (text == null) {
			throw new ShoutOutRuleException("message", "shoutOut.messageMissing");
		}
		if (text.length() > ShoutOut.MAX_LENGTH) {
			throw new ShoutOutRuleException("message", "shoutOut.messageTooLong", ShoutOut.MAX_LENGTH);
		}
	}

	@Transactional(readOnly = true)
	public java.util.Optional<ShoutOut> findBySubmission(String submissionKey) {
		return (submissionKey != null) ? this.shoutOuts.findBySubmissionKey(submissionKey) : java.util.Optional.empty();
	}

	@Transactional(readOnly = true)
	public ShoutOut get(long id) {
		return this.shoutOuts.findWithDetailsById(id).orElseThrow(() -> new ShoutOutNotFoundException(id));
	}

	/** The author changes what they wrote, within 15 minutes. */
	public ShoutOut edit(long id, long personId, String message, Long valueId, boolean wantsPublic) {
		ShoutOut shoutOut = get(id);
		checkEditable(shoutOut, personId);
		checkMessage(message);
		// A reported shout-out stays in the queue whatever the moderation setting says.
		boolean reported = !this.reports.findOpen(List.of(id)).isEmpty();
		shoutOut.edit(message, activeValue(valueId), wantsPublic, reported || !this.settings.isOn(SKIP_MODERATION),
				this.clock.instant());
		return shoutOut;
	}

	/** The author takes it back, within 15 minutes. */
	public void delete(long id, long personId) {
		ShoutOut shoutOut = get(id);
		checkEditable(shoutOut, personId);
		this.shoutOuts.delete(shoutOut);
	}

	/**
	 * What signed-in people can see: not hidden, and customer thanks only once approved.
	 */
	private ShoutOut visible(long id) {
		ShoutOut shoutOut = get(id);
		if (shoutOut.isHidden() || (shoutOut.isFromCustomer() && shoutOut.getModeration() != Moderation.APPROVED)) {
			throw new ShoutOutNotFoundException(id);
		}
		return shoutOut;
	}

	private void checkEditable(ShoutOut shoutOut, long personId) {
		if (shoutOut.getAuthor() == null || shoutOut.getAuthor().getId() != personId) {
			throw new ShoutOutRuleException(null, "shoutOut.notAuthor");
		}
		if (!shoutOut.isEditableBy(personId, this.clock.instant())) {
			throw new ShoutOutRuleException(null, "shoutOut.editWindowOver");
		}
	}

	/** A manager hides it everywhere (after the author's window, only managers can). */
	public void hide(long id, long managerPersonId) {
		ShoutOut shoutOut = get(id);
		boolean wasHidden = shoutOut.isHidden();
		shoutOut.hide(this.people.get(managerPersonId), this.clock.instant());
		if (!wasHidden) {
			this.events.publishEvent(Audited.of(Audited.Action.SHOUT_OUT_HIDDEN, auditTarget(shoutOut), null));
		}
	}

	/**
	 * Adds the person's reaction of that kind, or takes it back if they had already
	 * reacted so.
	 * @return the card as it is now
	 */
	public ShoutOutCard toggleReaction(long id, long personId, ReactionKind kind) {
		ShoutOut shoutOut = visible(id);
		Reaction.Key key = new Reaction.Key(id, personId, kind);
		if (this.reactions.existsById(key)) {
			this.reactions.deleteById(key);
		}
		else {
			this.reactions.save(new Reaction(id, personId, kind, this.clock.instant()));
		}
		this.reactions.flush();
		return cards(List.of(shoutOut), personId).get(0);
	}

	/**
	 * Someone signed in reports a shout-out; an approved one leaves the public wall until
	 * a manager reviews it again.
	 */
	public void report(long id, long personId, String reason) {
		ShoutOut shoutOut = visible(id);
		if (!this.reports.existsByShoutOutIdAndReporterIdAndResolvedAtIsNull(id, personId)) {
			this.reports.save(new ShoutOutReport(id, personId, reason, this.clock.instant()));
		}
		shoutOut.reported(this.clock.instant());
	}

	/**
	 * The feed for signed-in people, newest first: colleagues' shout-outs and approved
	 * customer thanks, optionally for one team, value, person and period.
	 */
	@Transactional(readOnly = true)
	public CountedPage<ShoutOutCard> feed(FeedFilter filter, Pageable pageable, long viewerId) {
		CountedPage<Long> ids = this.feed.ids(filter.teamId(), filter.valueId(), filter.personId(), filter.from(),
				filter.to(), pageable);
		return new CountedPage<>(cards(load(ids.getContent()), viewerId), pageable, ids.getTotalElements(),
				ids.isCountCapped());
	}

	/**
	 * The latest shout-outs visitors may see (approved, not hidden, every recipient
	 * consented), newest on the wall first, without counting them all.
	 */
	@Transactional(readOnly = true)
	public List<ShoutOutCard> latestPublic(int limit) {
		return cards(load(this.wall.latestIds(limit)), null);
	}

	/**
	 * Approved, consented shout-outs for visitors, newest first; the total is counted
	 * only up to a limit ({@link CountedPage}).
	 */
	@Transactional(readOnly = true)
	public CountedPage<ShoutOutCard> publicWall(Pageable pageable) {
		return publicWall(WallFilter.NONE, pageable);
	}

	/**
	 * Approved, consented shout-outs for visitors, newest first, of one year, team or
	 * value, or matching words (of the public text or a recipient's name). Unfiltered,
	 * the total is counted only up to a limit ({@link CountedPage}); filtered, exactly.
	 */
	@Transactional(readOnly = true)
	public CountedPage<ShoutOutCard> publicWall(WallFilter filter, Pageable pageable) {
		String words = Text.trimToNull(filter.words());
		String pattern = (words != null) ? "%" + escapeLike(words.toLowerCase(java.util.Locale.ROOT)) + "%" : null;
		CountedPage<Long> ids = this.wall.ids(filter.from(), filter.to(), filter.teamId(), filter.valueId(),
				(pattern != null && !pattern.equals("%%")) ? pattern : null, pageable);
		return new CountedPage<>(cards(load(ids.getContent()), null), pageable, ids.getTotalElements(),
				ids.isCountCapped());
	}

	private static String escapeLike(String words) {
		// Keep "%" and "_" typed by a visitor literal rather than wildcards.
		return words.replace("%", "").replace("_", " ").strip();
	}

	/**
	 * A shout-out as visitors may see it.
	 * @throws ShoutOutNotFoundException if there is none, or visitors may not see it
	 */
	@Transactional(readOnly = true)
	public ShoutOutCard publicCard(long id) {
		if (this.shoutOuts.findPublicIdsAmong(List.of(id)).isEmpty()) {
			throw new ShoutOutNotFoundException(id);
		}
		return cards(load(List.of(id)), null).get(0);
	}

	/** Those of the given shout-outs that visitors may see, newest first. */
	@Transactional(readOnly = true)
	public List<ShoutOutCard> publicCards(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return cards(load(this.shoutOuts.findPublicIdsAmong(ids)), null);
	}

	/** The years that have public shout-outs, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> publicYears(ZoneId zone) {
		Optional<Instant> firstWritten = this.shoutOuts.findFirstPublicWrittenAt();
		if (firstWritten.isEmpty()) {
			return List.of();
		}
		int first = firstWritten.get().atZone(zone).getYear();
		int last = this.shoutOuts.findLastPublicWrittenAt().orElse(firstWritten.get()).atZone(zone).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = last; year >= first; year--) {
			years.add(year);
		}
		return years;
	}

	/**
	 * What a person received that signed-in people can see, newest first (for example to
	 * choose the shout-outs that earned an award).
	 */
	@Transactional(readOnly = true)
	public List<ShoutOutCard> received(long personId, int limit) {
		List<Long> ids = this.shoutOuts.findReceived(personId, Limit.of(limit))
			.stream()
			.map(DatedShoutOut::id)
			.toList();
		return cards(load(ids), null);
	}

	@Transactional(readOnly = true)
	public ShoutOutCard card(long id, Long viewerId) {
		return cards(List.of(get(id)), viewerId).get(0);
	}

	/**
	 * What a person received and gave in one year (the latest if {@code year} is missing
	 * or has none), newest first, with every year's counts.
	 */
	@Transactional(readOnly = true)
	public PersonRecognition recognitionOf(long personId, Long viewerId, ZoneId zone, Integer year) {
		Person person = this.people.get(personId);
		List<DatedShoutOut> received = this.shoutOuts.findReceived(personId, Limit.unlimited());
		List<DatedShoutOut> given = this.shoutOuts.findGiven(personId);
		// Every year's counts, but only the chosen year's cards: the page does
		// not grow with the years (finding 44 in docs/performance.md).
		Map<Integer, int[]> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
		received.forEach((shoutOut) -> counts.computeIfAbsent(yearOf(shoutOut, zone), (key) -> new int[2])[0]++);
		given.forEach((shoutOut) -> counts.computeIfAbsent(yearOf(shoutOut, zone), (key) -> new int[2])[1]++);
		int shown = (year != null && counts.containsKey(year)) ? year
				: counts.keySet().stream().findFirst().orElse(LocalDate.now(this.clock.withZone(zone)).getYear());
		List<YearCount> years = counts.entrySet()
			.stream()
			.map((entry) -> new YearCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
		return new PersonRecognition(person, years, shown, cards(load(idsIn(received, shown, zone)), viewerId),
				cards(load(idsIn(given, shown, zone)), viewerId));
	}

	private static int yearOf(DatedShoutOut shoutOut, ZoneId zone) {
		return shoutOut.createdAt().atZone(zone).getYear();
	}

	private static List<Long> idsIn(List<DatedShoutOut> shoutOuts, int year, ZoneId zone) {
		return shoutOuts.stream().filter((shoutOut) -> yearOf(shoutOut, zone) == year).map(DatedShoutOut::id).toList();
	}

	/**
	 * People who received no shout-out in the last days, longest-forgotten first, so that
	 * nobody is overlooked.
	 */
	@Transactional(readOnly = true)
	public List<NotRecognised> notRecognisedSince(int days) {
		Instant since = this.clock.instant().minus(java.time.Duration.ofDays(days));
		Set<Long> recognised = new HashSet<>(this.shoutOuts.findRecognisedSince(since));
		List<Person> forgotten = this.people.search(null, null, PageRequest.of(0, 100_000))
			.stream()
			.filter((person) -> !recognised.contains(person.getId()))
			.toList();
		// Only the forgotten ones' history is read, a thousand people at a time
		// (once even for nobody, so that the page runs as many statements
		// whoever is forgotten).
		Map<Long, Instant> last = new HashMap<>();
		for (int from = 0; from == 0 || from < forgotten.size(); from += 1000) {
			List<Long> ids = forgotten.subList(from, Math.min(from + 1000, forgotten.size()))
				.stream()
				.map(Person::getId)
				.toList();
			for (Object[] row : this.shoutOuts.findLastReceived(ids)) {
				last.put((Long) row[0], (Instant) row[1]);
			}
		}
		return forgotten.stream()
			.map((person) -> new NotRecognised(person, last.get(person.getId())))
			.sorted(java.util.Comparator.comparing(NotRecognised::lastReceived,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
			.toList();
	}

	/** Shout-outs of a period as CSV, for managers. */
	@Transactional(readOnly = true)
	public void export(Instant from, Instant to, ZoneId zone, Writer writer) {
		try {
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder()
						.setHeader("date", "from", "to", "team", "value", "message", "public", "moderation", "hidden")
						.setRecordSeparator("\r\n")
						.get());
			for (ShoutOut shoutOut : this.shoutOuts.findForExport(from, to)) {
				printer.printRecord(shoutOut.getCreatedAt().atZone(zone).toLocalDateTime().withNano(0),
						SpreadsheetCells.escape((shoutOut.getAuthor() != null) ? shoutOut.getAuthor().getName()
								: shoutOut.getCustomerName()),
						SpreadsheetCells.escape(shoutOut.getRecipients()
							.stream()
							.map(Person::getName)
							.collect(Collectors.joining("; "))),
						SpreadsheetCells.escape((shoutOut.getTeam() != null) ? shoutOut.getTeam().getName() : ""),
						SpreadsheetCells.escape((shoutOut.getValue() != null) ? shoutOut.getValue().getName() : ""),
						SpreadsheetCells.escape(shoutOut.getMessage()), shoutOut.isWantsPublic() ? "yes" : "no",
						shoutOut.getModeration(), shoutOut.isHidden() ? "yes" : "no");
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<ShoutOut> load(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ShoutOut> byId = this.shoutOuts.findWithDetails(ids)
			.stream()
			.collect(Collectors.toMap(ShoutOut::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	List<ShoutOutCard> cards(List<ShoutOut> shoutOuts, Long viewerId) {
		if (shoutOuts.isEmpty()) {
			return List.of();
		}
		List<Long> ids = shoutOuts.stream().map(ShoutOut::getId).toList();
		Map<Long, Map<ReactionKind, Long>> counts = new HashMap<>();
		for (Object[] row : this.reactions.countByShoutOuts(ids)) {
			counts.computeIfAbsent((Long) row[0], (id) -> new EnumMap<>(ReactionKind.class))
				.put((ReactionKind) row[1], (Long) row[2]);
		}
		Map<Long, Set<ReactionKind>> mine = new HashMap<>();
		if (viewerId != null) {
			for (Object[] row : this.reactions.findMine(ids, viewerId)) {
				mine.computeIfAbsent((Long) row[0], (id) -> EnumSet.noneOf(ReactionKind.class))
					.add((ReactionKind) row[1]);
			}
		}
		return shoutOuts.stream()
			.map((shoutOut) -> new ShoutOutCard(shoutOut, counts.getOrDefault(shoutOut.getId(), Map.of()),
					mine.getOrDefault(shoutOut.getId(), Set.of())))
			.toList();
	}

	/**
	 * How the audit log names a shout-out: its number and who it thanks (or, for a
	 * customer's thanks not linked yet, the agent the customer named).
	 */
	static String auditTarget(ShoutOut shoutOut) {
		String to = shoutOut.getRecipients().stream().map(Person::getName).sorted().collect(Collectors.joining(", "));
		if (to.isEmpty() && shoutOut.getAgentName() != null) {
			to = shoutOut.getAgentName();
		}
		return "#" + shoutOut.getId() + (to.isEmpty() ? "" : " → " + to);
	}

	static ShoutOutApproved approved(ShoutOut shoutOut) {
		return new ShoutOutApproved(shoutOut.getId(),
				shoutOut.getRecipients().stream().map(Person::getName).collect(Collectors.joining(", ")),
				shoutOut.getPublicMessage());
	}

	/**
	 * Which shout-outs the public wall shows: any of period, team, value and words may be
	 * {@code null}.
	 */
	public record WallFilter(Instant from, Instant to, Long teamId, Long valueId, String words) {

		public static final WallFilter NONE = new WallFilter(null, null, null, null, null);

	}

	/**
	 * Which shout-outs the feed shows.
	 */
	public record FeedFilter(Long teamId, Long valueId, Long personId, Instant from, Instant to) {
	}

	/**
	 * A person's shout-outs, one year at a time.
	 *
	 * @param years every year with a shout-out received or given, the latest first
	 * @param year the year shown
	 * @param received the year's shout-outs received, newest first
	 * @param given the year's shout-outs given, newest first
	 */
	public record PersonRecognition(Person person, List<YearCount> years, int year, List<ShoutOutCard> received,
			List<ShoutOutCard> given) {
	}

	/** How many shout-outs a person received and gave in a year. */
	public record YearCount(int year, int received, int given) {
	}

	/**
	 * Someone not thanked lately, with when they last were (or {@code null}: never).
	 */
	public record NotRecognised(Person person, Instant lastReceived) {
	}

}
