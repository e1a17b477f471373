package org.serviceweek.frontline;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.serviceweek.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is a leader. Managers mark and unmark people; a leader who is unmarked keeps their
 * past ride-alongs but books no new ones.
 */
@Service
@Transactional
public class Leaders {

	private final LeaderRepository leaders;

	private final People people;

	private final Clock clock;

	Leaders(LeaderRepository leaders, People people, Clock clock) {
		this.leaders = leaders;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isLeader(long personId) {
		return this.leaders.existsById(personId);
	}

	/**
	 * Refuses anyone who is not a leader.
	 * @throws NotAllowedException if the person is not a leader
	 */
	@Transactional(readOnly = true)
	public void checkLeader(long personId) {
		if (!isLeader(personId)) {
			throw new NotAllowedException("frontline.notALeader");
		}
	}

	/** Every leader, by name, with their person and team loaded. */
	@Transactional(readOnly = true)
	public List<Leader> all() {
		return this.leaders.findAllWithPerson();
	}

	@Transactional(readOnly = true)
	public Set<Long> personIds() {
		return new HashSet<>(this.leaders.findAllPersonIds());
	}

	/** Marks the person as a leader; marking a leader again changes nothing. */
	public void mark(long personId, long byPersonId) {
		markSince(personId, byPersonId, this.clock.instant());
	}

	/**
	 * Marks the person as a leader since an earlier moment (for the demo and for leaders
	 * who already were leaders before the app), so that the tracker counts those months.
	 */
	public void markSince(long personId, long byPersonId, Instant since) {
		if (!this.leaders.existsById(personId)) {
			this.leaders.save(new Leader(this.people.get(personId), this.people.get(byPersonId), since));
		}
	}

	public void unmark(long personId) {
		this.leaders.findById(personId).ifPresent(this.leaders::delete);
	}

}
