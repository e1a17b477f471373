package org.serviceweek.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.serviceweek.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people directory and its teams.
 */
@Service
@Transactional
public class People {

	/**
	 * Up to this many people, a form that chooses a person lists them all (it then works
	 * without JavaScript); above it, it lists only the people already chosen and the
	 * picker asks the server ({@link #lookup}) as one types.
	 */
	static final int DEFAULT_LIST_ALL_UP_TO = 300;

	/** The most matches {@link #lookup} gives. */
	public static final int LOOKUP_LIMIT = 20;

	private final PersonRepository persons;

	private final TeamRepository teams;

	private final Clock clock;

	private final List<EmailChangeGuard> emailGuards;

	private final ApplicationEventPublisher events;

	private final int listAllUpTo;

	People(PersonRepository persons, TeamRepository teams, Clock clock, List<EmailChangeGuard> emailGuards,
			ApplicationEventPublisher events,
			@Value("${serviceweek.people.list-all-up-to:" + DEFAULT_LIST_ALL_UP_TO + "}") int listAllUpTo) {
		this.persons = persons;
		this.listAllUpTo = listAllUpTo;
		this.teams = teams;
		this.clock = clock;
		this.emailGuards = emailGuards;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Person> search(String query, Long teamId, Pageable pageable) {
		String text = Text.trimToNull(query);
		String pattern = (text != null) ? "%" + escapeLike(text.toLowerCase()) + "%" : null;
		return this.persons.search(pattern, teamId, pageable);
	}

	/**
	 * The people a form that chooses a person offers: everyone while the directory is
	 * small, otherwise only those already {@code chosen} (ids of unknown people are left
	 * out). Sorted by name.
	 */
	@Transactional(readOnly = true)
	public PersonChoices choices(Collection<Long> chosen) {
		return choices(chosen, 1);
	}

	/**
	 * The same for a page with {@code lists} pickers, each of which would list everyone
	 * (the moderation page has one per waiting customer's thanks): everyone is listed
	 * while all the lists together hold at most {@code list-all-up-to} people.
	 */
	@Transactional(readOnly = true)
	public PersonChoices choices(Collection<Long> chosen, int lists) {
		if (this.persons.count() * Math.max(lists, 1) <= this.listAllUpTo) {
			return new PersonChoices(this.persons.findAllForRoster(), true);
		}
		List<Long> ids = chosen.stream().filter(Objects::nonNull).distinct().toList();
		return new PersonChoices(ids.isEmpty() ? List.of() : this.persons.findWithTeamByIdIn(ids), false);
	}

	/**
	 * The first people whose name, email, job title or team contains {@code query}
	 * (case-insensitive), those whose name starts with it first, then by name; none for a
	 * blank query.
	 */
	@Transactional(readOnly = true)
	public List<Person> lookup(String query) {
		String text = Text.trimToNull(query);
		if (text == null) {
			return List.of();
		}
		String escaped = escapeLike(text.toLowerCase());
		return this.persons.lookup("%" + escaped + "%", escaped + "%", "% " + escaped + "%", Limit.of(LOOKUP_LIMIT));
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(long id) {
		return this.persons.findWithTeamById(id);
	}

	@Transactional(readOnly = true)
	public Person get(long id) {
		return find(id).orElseThrow(() -> new PersonNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public Optional<Person> findByEmail(String email) {
		String normalised = Text.normaliseEmail(email);
		return (normalised != null) ? this.persons.findByEmail(normalised) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.persons.count();
	}

	public Person add(PersonDetails details) {
		String email = Text.normaliseEmail(details.email());
		if (this.persons.existsByEmail(email)) {
			throw new EmailAlreadyUsedException(email);
		}
		Person person = new Person(details.name(), email, this.clock.instant());
		apply(person, details);
		return this.persons.save(person);
	}

	public Person update(long id, long expectedVersion, PersonDetails details) {
		Person person = get(id);
		if (person.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Person.class, id);
		}
		String email = Text.normaliseEmail(details.email());
		if (!email.equals(person.getEmail())) {
			if (this.persons.existsByEmail(email)) {
				throw new EmailAlreadyUsedException(email);
			}
			this.emailGuards.forEach((guard) -> guard.checkEmailChange(person, email));
		}
		person.rename(details.name());
		person.changeEmail(email);
		apply(person, details);
		return person;
	}

	private void apply(Person person, PersonDetails details) {
		person.describe(details.jobTitle(), details.pronouns());
		person.moveTo((details.teamId() != null) ? getTeam(details.teamId()) : null);
		changeConsent(person, details.publicConsent());
	}

	public void changePublicConsent(long id, boolean consent) {
		changeConsent(get(id), consent);
	}

	private void changeConsent(Person person, boolean consent) {
		if (person.changePublicConsent(consent) && person.getId() != null) {
			this.events.publishEvent(new PublicConsentChanged(person.getId(), consent));
		}
	}

	@Transactional(readOnly = true)
	public List<Team> teams() {
		return this.teams.findAllWithLead();
	}

	@Transactional(readOnly = true)
	public List<TeamSummary> teamSummaries() {
		Map<Long, Long> counts = this.persons.countByTeam()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		return this.teams.findAllWithLead()
			.stream()
			.map((team) -> new TeamSummary(team.getId(), team.getName(),
					(team.getLead() != null) ? team.getLead().getId() : null,
					(team.getLead() != null) ? team.getLead().getName() : null, counts.getOrDefault(team.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Team getTeam(long id) {
		return this.teams.findWithLeadById(id).orElseThrow(() -> new TeamNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public List<Person> members(long teamId) {
		return this.persons.findByTeam(teamId);
	}

	public Team addTeam(String name) {
		String wanted = Text.trimToNull(name);
		if (this.teams.findByNameIgnoreCase(wanted).isPresent()) {
			throw new TeamNameTakenException(wanted);
		}
		return this.teams.save(new Team(wanted));
	}

	/**
	 * Renames a team and appoints its lead, who must be one of its members.
	 */
	public Team updateTeam(long id, long expectedVersion, String name, Long leadId) {
		Team team = getTeam(id);
		if (team.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Team.class, id);
		}
		String wanted = Text.trimToNull(name);
		this.teams.findByNameIgnoreCase(wanted).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
			throw new TeamNameTakenException(wanted);
		});
		team.rename(wanted);
		Person lead = null;
		if (leadId != null) {
			lead = get(leadId);
			if (lead.getTeam() == null || !lead.getTeam().getId().equals(id)) {
				throw new IllegalArgumentException("The lead must be a member of the team");
			}
		}
		team.appointLead(lead);
		return team;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
