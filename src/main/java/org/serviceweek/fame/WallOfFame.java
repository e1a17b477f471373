package org.serviceweek.fame;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.NotFoundException;
import org.serviceweek.shared.Text;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.CelebrationWeeks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall of fame: award categories, nominations from colleagues, inductions by
 * managers, the hall for visitors and the ceremony's certificates.
 */
@Service
@Transactional
public class WallOfFame {

	/** The earliest year an award can be given for. */
	static final int FIRST_YEAR = 2000;

	private final AwardCategoryRepository categories;

	private final InductionRepository inductions;

	private final NominationRepository nominations;

	private final People people;

	private final ShoutOuts shoutOuts;

	private final CelebrationWeeks weeks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WallOfFame(AwardCategoryRepository categories, InductionRepository inductions, NominationRepository nominations,
			People people, ShoutOuts shoutOuts, CelebrationWeeks weeks, ApplicationEventPublisher events, Clock clock) {
		this.categories = categories;
		this.inductions = inductions;
		this.nominations = nominations;
		this.people = people;
		this.shoutOuts = shoutOuts;
		this.weeks = weeks;
		this.events = events;
		this.clock = clock;
	}

	// --- Categories ---------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<AwardCategory> activeCategories() {
		return this.categories.findByActiveTrueOrderByPositionAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<AwardCategory> allCategories() {
		return this.categories.findAllByOrderByActiveDescPositionAscNameAsc();
	}

	public AwardCategory addCategory(String name, String description) {
		String wanted = Text.trimToNull(name);
		if (wanted == null) {
			throw new FameRuleException("name", "fame.category.nameMissing");
		}
		if (wanted.length() > AwardCategory.MAX_NAME) {
			throw new FameRuleException("name", "fame.category.nameTooLong", AwardCategory.MAX_NAME);
		}
		String about = Text.trimToNull(description);
		if (about != null && about.length() > AwardCategory.MAX_DESCRIPTION) {
			throw new FameRuleException("description", "fame.category.descriptionTooLong",
					AwardCategory.MAX_DESCRIPTION);
		}
		if (this.categories.findByNameIgnoreCase(wanted).isPresent()) {
			throw new FameRuleException("name", "fame.category.nameTaken");
		}
		return this.categories.save(new AwardCategory(wanted, about, (int) this.categories.count()));
	}

	public void setCategoryActive(long id, boolean active) {
		AwardCategory category = this.categories.findById(id)
			.orElseThrow(() -> new NotFoundException("No award category " + id));
		if (active) {
			category.reinstate();
		}
		else {
			category.retire();
		}
	}

	// --- Nominations --------------------------------------------------------------

	/**
	 * A colleague nominates someone for this year's wall of fame. Nominating the same
	 * person again this year updates the reason instead of counting twice.
	 */
	public Nomination nominate(long nominatorId, Long nomineeId, Long categoryId, String reason) {
		if (nomineeId == null) {
			throw new FameRuleException("nomineeId", "fame.nomination.nomineeMissing");
		}
		if (nomineeId == nominatorId) {
			throw new FameRuleException("nomineeId", "fame.nomination.notYourself");
		}
		String why = checkText("reason", reason, Nomination.MAX_REASON, "fame.nomination.reasonMissing",
				"fame.nomination.reasonTooLong");
		Person nominee = this.people.find(nomineeId)
			.orElseThrow(() -> new FameRuleException("nomineeId", "fame.nomination.nomineeMissing"));
		AwardCategory category = (categoryId != null) ? activeCategory(categoryId) : null;
		int year = currentYear();
		Nomination nomination = this.nominations.findByNomineeIdAndNominatorIdAndYear(nomineeId, nominatorId, year)
			.orElseGet(() -> new Nomination(nominee, this.people.get(nominatorId), year, this.clock.instant()));
		if (!nomination.isOpen()) {
			throw new FameRuleException(null, "fame.nomination.alreadyDecided");
		}
		nomination.explain(category, why, this.clock.instant());
		return this.nominations.saveAndFlush(nomination);
	}

	@Transactional(readOnly = true)
	public List<Nomination> nominationsBy(long nominatorId) {
		return this.nominations.findByNominator(nominatorId);
	}

	/** Open nominations by nominee, the most nominated first. */
	@Transactional(readOnly = true)
	public List<NomineeGroup> openNominations() {
		Map<Long, List<Nomination>> byNominee = new LinkedHashMap<>();
		Map<Long, Person> nominees = new LinkedHashMap<>();
		for (Nomination nomination : this.nominations.findOpen()) {
			byNominee.computeIfAbsent(nomination.getNominee().getId(), (id) -> new ArrayList<>()).add(nomination);
			nominees.putIfAbsent(nomination.getNominee().getId(), nomination.getNominee());
		}
		return byNominee.entrySet()
			.stream()
			.map((entry) -> new NomineeGroup(nominees.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingInt(NomineeGroup::size)
				.reversed()
				.thenComparing((group) -> group.nominee().getName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public void declineNomination(long id, long managerPersonId) {
		Nomination nomination = this.nominations.findById(id)
			.orElseThrow(() -> new NotFoundException("No nomination " + id));
		if (nomination.isOpen()) {
			nomination.decline(this.people.get(managerPersonId), this.clock.instant());
		}
	}

	// --- Inductions ---------------------------------------------------------------

	/**
	 * A manager inducts someone; the person's open nominations for that year are settled
	 * by it.
	 */
	public Induction induct(long managerPersonId, InductionRequest request) {
		Checked checked = check(request, null);
		if (this.inductions.existsByPersonIdAndCategoryIdAndYear(checked.person().getId(), checked.category().getId(),
				checked.year())) {
			throw new FameRuleException("categoryId", "fame.induction.alreadyInducted", checked.category().getName(),
					checked.year());
		}
		Person manager = this.people.get(managerPersonId);
		Induction induction = this.inductions.saveAndFlush(new Induction(checked.person(), checked.category(),
				checked.year(), checked.citation(), checked.shoutOutIds(), manager, this.clock.instant()));
		for (Nomination nomination : this.nominations.findOpenFor(checked.person().getId(), checked.year())) {
			nomination.inducted(induction.getId(), manager, this.clock.instant());
		}
		this.events.publishEvent(new PersonInducted(induction.getId(), checked.person().getId(),
				checked.category().getName(), checked.year()));
		this.events.publishEvent(Audited.of(Audited.Action.INDUCTED, checked.person().getName(),
				checked.category().getName() + " " + checked.year() + " (#" + induction.getId() + ")"));
		return induction;
	}

	/**
	 * Changes an induction.
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone
	 * else changed it since the form was opened
	 */
	public Induction update(long id, long expectedVersion, InductionRequest request) {
		Induction induction = get(id);
		if (induction.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Induction.class, id);
		}
		Checked checked = check(request, induction.getPerson());
		boolean moved = !checked.category().getId().equals(induction.getCategory().getId())
				|| checked.year() != induction.getYear();
		if (moved && this.inductions.existsByPersonIdAndCategoryIdAndYear(induction.getPerson().getId(),
				checked.category().getId(), checked.year())) {
			throw new FameRuleException("categoryId", "fame.induction.alreadyInducted", checked.category().getName(),
					checked.year());
		}
		induction.change(checked.category(), checked.year(), checked.citation(), checked.shoutOutIds(),
				this.clock.instant());
		this.inductions.flush();
		return induction;
	}

	/** Takes an induction back; the nominations it settled are open again. */
	public void remove(long id) {
		Induction induction = get(id);
		this.nominations.findByInductionId(id).forEach(Nomination::reopen);
		this.inductions.delete(induction);
		this.events.publishEvent(Audited.of(Audited.Action.INDUCTION_WITHDRAWN, induction.getPerson().getName(),
				induction.getCategory().getName() + " " + induction.getYear() + " (#" + id + ")"));
	}

	@Transactional(readOnly = true)
	public Induction get(long id) {
		return this.inductions.findWithDetailsById(id).orElseThrow(() -> new InductionNotFoundException(id));
	}

	/** Every induction, newest year first, for managers. */
	@Transactional(readOnly = true)
	public Map<Integer, List<Induction>> allByYear() {
		return byYear(this.inductions.findAllForManagers());
	}

	@Transactional(readOnly = true)
	public List<Induction> inductionsOf(long personId) {
		return this.inductions.findByPerson(personId);
	}

	// --- What visitors see ---------------------------------------------------------

	/**
	 * The hall: inductees visitors may see, by year, newest year first. An award for a
	 * year still to come stays private until that year (no spoilers before the ceremony).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<Induction>> hall() {
		return byYear(this.inductions.findPublic(currentYear(), PageRequest.of(0, 5_000)));
	}

	/** The latest inductees visitors may see. */
	@Transactional(readOnly = true)
	public List<Induction> latestPublic(int limit) {
		return this.inductions.findPublic(currentYear(), PageRequest.of(0, limit));
	}

	/**
	 * An inductee's page for visitors, with the shout-outs that earned it that visitors
	 * may see.
	 * @throws InductionNotFoundException if there is none, or visitors may not see it
	 */
	@Transactional(readOnly = true)
	public PublicInductee publicInductee(long id) {
		Induction induction = this.inductions.findWithDetailsById(id)
			.filter(Induction::isPublic)
			.filter((found) -> found.getYear() <= currentYear())
			.orElseThrow(() -> new InductionNotFoundException(id));
		return new PublicInductee(induction, this.shoutOuts.publicCards(induction.getShoutOutIds()));
	}

	/** The certificate's text for an induction. */
	@Transactional(readOnly = true)
	public CertificateContent certificate(long id) {
		Induction induction = get(id);
		Person person = induction.getPerson();
		String theme = this.weeks.find(induction.getYear()).map((week) -> week.getTheme()).orElse(null);
		return new CertificateContent(person.getName(), (person.getTeam() != null) ? person.getTeam().getName() : null,
				induction.getCategory().getName(), induction.getYear(), induction.getCitation(), theme,
				LocalDate.now(this.clock));
	}

	/** The shout-outs a person received, to pick those that earned an award. */
	@Transactional(readOnly = true)
	public List<ShoutOutCard> candidateShoutOuts(long personId) {
		return this.shoutOuts.received(personId, 50);
	}

	public int currentYear() {
		return Year.now(this.clock).getValue();
	}

	private Checked check(InductionRequest request, Person fixedPerson) {
		Person person = fixedPerson;
		if (person == null) {
			if (request.personId() == null) {
				throw new FameRuleException("personId", "fame.induction.personMissing");
			}
			person = this.people.find(request.personId())
				.orElseThrow(() -> new FameRuleException("personId", "fame.induction.personMissing"));
		}
		if (request.categoryId() == null) {
			throw new FameRuleException("categoryId", "fame.induction.categoryMissing");
		}
		AwardCategory category = this.categories.findById(request.categoryId())
			.orElseThrow(() -> new FameRuleException("categoryId", "fame.induction.categoryMissing"));
		int maxYear = currentYear() + 1;
		if (request.year() == null || request.year() < FIRST_YEAR || request.year() > maxYear) {
			throw new FameRuleException("year", "fame.induction.yearOutOfRange", FIRST_YEAR, maxYear);
		}
		String citation = checkText("citation", request.citation(), Induction.MAX_CITATION,
				"fame.induction.citationMissing", "fame.induction.citationTooLong");
		Set<Long> chosen = new LinkedHashSet<>((request.shoutOutIds() != null) ? request.shoutOutIds() : List.of());
		if (!chosen.isEmpty()) {
			Set<Long> received = new LinkedHashSet<>();
			this.shoutOuts.received(person.getId(), Integer.MAX_VALUE)
				.forEach((card) -> received.add(card.shoutOut().getId()));
			if (!received.containsAll(chosen)) {
				throw new FameRuleException("shoutOutIds", "fame.induction.notTheirShoutOut");
			}
		}
		return new Checked(person, category, request.year(), citation, chosen);
	}

	private AwardCategory activeCategory(long id) {
		return this.categories.findById(id)
			.filter(AwardCategory::isActive)
			.orElseThrow(() -> new FameRuleException("categoryId", "fame.induction.categoryMissing"));
	}

	private static String checkText(String field, String text, int max, String missing, String tooLong) {
		String value = Text.trimToNull(text);
		if (value == null) {
			throw new FameRuleException(field, missing);
		}
		if (value.length() > max) {
			throw new FameRuleException(field, tooLong, max);
		}
		return value;
	}

	private static Map<Integer, List<Induction>> byYear(List<Induction> inductions) {
		Map<Integer, List<Induction>> years = new TreeMap<>(Comparator.reverseOrder());
		inductions.forEach(
				(induction) -> years.computeIfAbsent(induction.getYear(), (year) -> new ArrayList<>()).add(induction));
		return years;
	}

	private record Checked(Person person, AwardCategory category, int year, String citation, Set<Long> shoutOutIds) {
	}

	/**
	 * An inductee as visitors see them, with the public shout-outs that earned it.
	 */
	public record PublicInductee(Induction induction, List<ShoutOutCard> shoutOuts) {
	}

}
