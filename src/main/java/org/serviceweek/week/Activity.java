package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * Something on the programme: in the celebration week, or a follow-up on any date of the
 * year. Its calendar identity (UID) never changes; every change people should see in
 * their calendar bumps its sequence.
 */
@Entity
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String uid;

	@Column(name = "celebration_year")
	private Integer year;

	private LocalDate onDate;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String title;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String place;

	private String onlineLink;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_id")
	private Person host;

	private String description;

	private Integer capacity;

	private BigDecimal cost;

	private Instant cancelledAt;

	@Column(name = "ical_sequence")
	private int sequence;

	private Instant createdAt;

	private Instant updatedAt;

	protected Activity() {
	}

	Activity(Integer year, ActivityDetails details, Person host, Instant now) {
		this.uid = UUID.randomUUID() + "@serviceweek";
		this.year = year;
		this.createdAt = now;
		apply(details, host, now);
		this.sequence = 0;
	}

	/**
	 * Changes the activity. Returns whether anything a calendar shows changed (and so the
	 * sequence went up).
	 */
	boolean apply(ActivityDetails details, Person host, Instant now) {
		Assert.isTrue(details.endsAt().isAfter(details.startsAt()), "An activity ends after it starts");
		boolean calendarChange = this.title != null && (!Objects.equals(this.onDate, details.date())
				|| !Objects.equals(this.startsAt, details.startsAt()) || !Objects.equals(this.endsAt, details.endsAt())
				|| !Objects.equals(this.title, Text.trimToNull(details.title()))
				|| !Objects.equals(this.place, Text.trimToNull(details.place()))
				|| !Objects.equals(this.onlineLink, Text.trimToNull(details.onlineLink()))
				|| !Objects.equals(this.description, Text.trimToNull(details.description())));
		this.onDate = details.date();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.title = Text.trimToNull(details.title());
		this.kind = details.kind();
		this.place = Text.trimToNull(details.place());
		this.onlineLink = Text.trimToNull(details.onlineLink());
		this.host = host;
		this.description = Text.trimToNull(details.description());
		this.capacity = details.capacity();
		this.cost = details.cost();
		this.updatedAt = now;
		if (calendarChange) {
			this.sequence++;
		}
		return calendarChange;
	}

	/** Moves the activity by whole days, as when its week moves. */
	void shiftBy(long days, Instant now) {
		if (days != 0) {
			this.onDate = this.onDate.plusDays(days);
			this.sequence++;
			this.updatedAt = now;
		}
	}

	void cancel(Instant now) {
		if (this.cancelledAt == null) {
			this.cancelledAt = now;
			this.sequence++;
			this.updatedAt = now;
		}
	}

	/**
	 * Whether the next person to sign up gets a place or joins the waiting list.
	 */
	SignUpStatus statusForNextSignUp(long confirmed) {
		return (this.capacity == null || confirmed < this.capacity) ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
	}

	/** How many waiting people can move up when there are this many confirmed. */
	long freePlaces(long confirmed) {
		return (this.capacity == null) ? Long.MAX_VALUE : Math.max(0, this.capacity - confirmed);
	}

	public boolean isOver(LocalDateTime now) {
		return !LocalDateTime.of(this.onDate, this.endsAt).isAfter(now);
	}

	public boolean isOn(LocalDateTime now) {
		return !isOver(now) && !LocalDateTime.of(this.onDate, this.startsAt).isAfter(now);
	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public boolean isFollowUp() {
		return this.year == null;
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

	public Integer getYear() {
		return this.year;
	}

	public LocalDate getDate() {
		return this.onDate;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public String getTitle() {
		return this.title;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public String getPlace() {
		return this.place;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public Person getHost() {
		return this.host;
	}

	public String getDescription() {
		return this.description;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public BigDecimal getCost() {
		return this.cost;
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

}
