package org.serviceweek.frontline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.serviceweek.people.Person;
import org.serviceweek.people.Team;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * A leader's booked slot beside a team or one agent, taking calls, chats or emails
 * themselves; afterwards, what they learned. Its calendar identity (UID) never changes;
 * every change a calendar shows bumps its sequence.
 */
@Entity
public class RideAlong {

	/** How long a note for the team may be. */
	public static final int MAX_NOTE = 500;

	/** How long the learnings may be. */
	public static final int MAX_LEARNED = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String uid;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "leader_id")
	private Person leader;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "agent_id")
	private Person agent;

	private Instant startsAt;

	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String note;

	private String learned;

	private Instant learnedAt;

	private Instant cancelledAt;

	@Column(name = "ical_sequence")
	private int sequence;

	private Instant createdAt;

	private Instant updatedAt;

	protected RideAlong() {
	}

	RideAlong(Person leader, Slot slot, Instant now) {
		Assert.notNull(leader, "A ride-along has a leader");
		this.uid = UUID.randomUUID() + "@serviceweek";
		this.leader = leader;
		this.createdAt = now;
		this.sequence = 0;
		plan(slot, now);
	}

	/**
	 * Changes when, with whom and how. Returns whether anything a calendar shows changed
	 * (and so the sequence went up).
	 */
	boolean plan(Slot slot, Instant now) {
		Assert.isTrue(slot.endsAt().isAfter(slot.startsAt()), "A ride-along ends after it starts");
		Assert.isTrue((slot.team() == null) != (slot.agent() == null), "A ride-along is with a team or an agent");
		String newNote = Text.trimToNull(slot.note());
		boolean calendarChange = this.startsAt != null && (!this.startsAt.equals(slot.startsAt())
				|| !this.endsAt.equals(slot.endsAt()) || this.channel != slot.channel()
				|| !Objects.equals(teamId(), (slot.team() != null) ? slot.team().getId() : null)
				|| !Objects.equals(agentId(), (slot.agent() != null) ? slot.agent().getId() : null)
				|| !Objects.equals(this.note, newNote));
		this.startsAt = slot.startsAt();
		this.endsAt = slot.endsAt();
		this.team = slot.team();
		this.agent = slot.agent();
		this.channel = slot.channel();
		this.note = newNote;
		this.updatedAt = now;
		if (calendarChange) {
			this.sequence++;
		}
		return calendarChange;
	}

	/** Checks that the slot can still be changed: neither cancelled nor started. */
	void checkChangeable(Instant now) {
		if (isCancelled()) {
			throw new FrontlineRuleException(null, "frontline.booking.cancelledNoChange");
		}
		if (hasStarted(now)) {
			throw new FrontlineRuleException(null, "frontline.booking.startedNoChange");
		}
	}

	void cancel(Instant now) {
		checkChangeable(now);
		this.cancelledAt = now;
		this.sequence++;
		this.updatedAt = now;
	}

	/**
	 * Writes down what the leader learned: once the slot has started, never for a
	 * cancelled one. Writing again replaces the text.
	 */
	void learned(String text, Instant now) {
		if (isCancelled()) {
			throw new FrontlineRuleException("learned", "frontline.learned.cancelled");
		}
		if (!hasStarted(now)) {
			throw new FrontlineRuleException("learned", "frontline.learned.notYet");
		}
		String value = Text.trimToNull(text);
		if (value == null) {
			throw new FrontlineRuleException("learned", "frontline.learned.missing");
		}
		if (value.length() > MAX_LEARNED) {
			throw new FrontlineRuleException("learned", "frontline.learned.tooLong", MAX_LEARNED);
		}
		this.learned = value;
		this.learnedAt = now;
		this.updatedAt = now;
	}

	/** Whether this person may change, cancel or write the learnings of this slot. */
	public boolean mayBeChangedBy(long personId, boolean manager) {
		return manager || this.leader.getId() == personId;
	}

	public boolean hasStarted(Instant now) {
		return !this.startsAt.isAfter(now);
	}

	public boolean isOver(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	/** Still to come or going on now, and not cancelled. */
	public boolean isUpcoming(Instant now) {
		return !isCancelled() && !isOver(now);
	}

	/** Started, not cancelled, and nothing written down yet. */
	public boolean isAwaitingLearnings(Instant now) {
		return !isCancelled() && hasStarted(now) && this.learned == null;
	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public long minutes() {
		return Duration.between(this.startsAt, this.endsAt).toMinutes();
	}

	/** The team visited, or the agent's name: who the leader sits with. */
	public String withWhom() {
		return (this.team != null) ? this.team.getName() : this.agent.getName();
	}

	private Long teamId() {
		return (this.team != null) ? this.team.getId() : null;
	}

	private Long agentId() {
		return (this.agent != null) ? this.agent.getId() : null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getUid() {
		return this.uid;
	}

	public Person getLeader() {
		return this.leader;
	}

	public Team getTeam() {
		return this.team;
	}

	public Person getAgent() {
		return this.agent;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getNote() {
		return this.note;
	}

	public String getLearned() {
		return this.learned;
	}

	public Instant getLearnedAt() {
		return this.learnedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public int getSequence() {
		return this.sequence;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * A checked slot: when, with whom (a team or an agent) and how.
	 */
	record Slot(Instant startsAt, Instant endsAt, Team team, Person agent, Channel channel, String note) {
	}

}
