package org.serviceweek.shoutout;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.serviceweek.people.Person;
import org.serviceweek.people.Team;
import org.serviceweek.shared.PublicContentListener;
import org.serviceweek.shared.Text;
import org.springframework.util.Assert;

/**
 * Recognition for one or more colleagues (or a whole team), from a colleague or a
 * customer. It reaches the public wall only when it asked to, a manager approved it (or
 * moderation of staff posts is off), nobody hid it, and every person it names agreed to
 * be shown.
 */
@Entity
@EntityListeners(PublicContentListener.class)
public class ShoutOut {

	/** How long the author may still edit or delete a shout-out. */
	public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

	public static final int MAX_LENGTH = 1000;

	public static final int MAX_RECIPIENTS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private Person author;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "value_id")
	private CompanyValue value;

	// In one order wherever they are shown: a set loaded from the database otherwise
	// iterates in a new order on every load, which changed the office screen's ETag.
	@ManyToMany(fetch = FetchType.LAZY)
	@OrderBy("name asc, id asc")
	@JoinTable(name = "shout_out_recipient", joinColumns = @JoinColumn(name = "shout_out_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	private Set<Person> recipients = new LinkedHashSet<>();

	private String message;

	private boolean wantsPublic;

	@Enumerated(EnumType.STRING)
	private Moderation moderation;

	private String publicText;

	private String rejectionReason;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "moderated_by_id")
	private Person moderatedBy;

	private Instant moderatedAt;

	/**
	 * When it reached the public wall, or empty while visitors may not see it: the
	 * outcome of {@link #isPublic()} kept in a column (indexed in the wall's order), set
	 * on every change here and, when a recipient's consent changes, by
	 * {@link ShoutOutRepository#placeOnPublicWall}.
	 */
	private Instant publicSince;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hidden_by_id")
	private Person hiddenBy;

	private Instant hiddenAt;

	private String customerName;

	private String customerEmail;

	private String agentName;

	private String submissionKey;

	private Instant createdAt;

	private Instant updatedAt;

	protected ShoutOut() {
	}

	static ShoutOut byColleague(Person author, Set<Person> recipients, Team team, CompanyValue value, String message,
			boolean wantsPublic, boolean moderated, String submissionKey, Instant now) {
		Assert.notNull(author, "A colleague's shout-out has an author");
		Assert.isTrue(!recipients.isEmpty(), "A shout-out has at least one recipient");
		ShoutOut shoutOut = new ShoutOut();
		shoutOut.source = Source.STAFF;
		shoutOut.author = author;
		shoutOut.team = team;
		shoutOut.value = value;
		shoutOut.recipients.addAll(recipients);
		shoutOut.submissionKey = submissionKey;
		shoutOut.createdAt = now;
		shoutOut.write(message, value, wantsPublic, moderated, now);
		return shoutOut;
	}

	static ShoutOut fromCustomer(String agentName, String message, String customerName, String customerEmail,
			Instant now) {
		ShoutOut shoutOut = new ShoutOut();
		shoutOut.source = Source.CUSTOMER;
		shoutOut.agentName = Text.trimToNull(agentName);
		shoutOut.message = Text.trimToNull(message);
		shoutOut.customerName = Text.trimToNull(customerName);
		shoutOut.customerEmail = Text.normaliseEmail(customerEmail);
		shoutOut.wantsPublic = true;
		// Customer thanks are always moderated: nothing of them shows before a manager
		// approves.
		shoutOut.moderation = Moderation.PENDING;
		shoutOut.createdAt = now;
		shoutOut.updatedAt = now;
		return shoutOut;
	}

	private void write(String message, CompanyValue value, boolean wantsPublic, boolean moderated, Instant now) {
		String text = Text.trimToNull(message);
		Assert.isTrue(text != null && text.length() <= MAX_LENGTH, "A shout-out has 1 to 1,000 characters");
		this.message = text;
		this.value = value;
		this.wantsPublic = wantsPublic;
		this.moderation = !wantsPublic ? Moderation.INTERNAL : (moderated ? Moderation.PENDING : Moderation.APPROVED);
		this.publicText = null;
		this.updatedAt = now;
		placeOnPublicWall();
	}

	/**
	 * Whether this person may still change or delete it (the author, within 15 minutes).
	 */
	public boolean isEditableBy(long personId, Instant now) {
		return this.author != null && this.author.getId() == personId && now.isBefore(this.createdAt.plus(EDIT_WINDOW));
	}

	void edit(String message, CompanyValue value, boolean wantsPublic, boolean moderated, Instant now) {
		write(message, value, wantsPublic, moderated, now);
	}

	void approve(Person by, String publicText, Instant now) {
		this.moderation = Moderation.APPROVED;
		String text = Text.trimToNull(publicText);
		this.publicText = (text != null && !text.equals(this.message)) ? text : null;
		this.rejectionReason = null;
		this.moderatedBy = by;
		this.moderatedAt = now;
		this.updatedAt = now;
		placeOnPublicWall();
	}

	/** A manager links a customer's thanks to the agent they meant. */
	void linkTo(Person person) {
		this.recipients.clear();
		this.recipients.add(person);
		placeOnPublicWall();
	}

	void reject(Person by, String reason, Instant now) {
		this.moderation = Moderation.REJECTED;
		this.rejectionReason = Text.trimToNull(reason);
		this.moderatedBy = by;
		this.moderatedAt = now;
		this.updatedAt = now;
		placeOnPublicWall();
	}

	void hide(Person by, Instant now) {
		this.hiddenBy = by;
		this.hiddenAt = now;
		this.updatedAt = now;
		placeOnPublicWall();
	}

	/** A report sends an approved shout-out back to the queue, off the public wall. */
	void reported(Instant now) {
		if (this.moderation == Moderation.APPROVED) {
			this.moderation = Moderation.PENDING;
			this.updatedAt = now;
			placeOnPublicWall();
		}
	}

	/**
	 * Whether a visitor may see it: approved, not hidden, and every person it names
	 * agreed to appear on the public wall.
	 */
	public boolean isPublic() {
		return this.moderation == Moderation.APPROVED && this.hiddenAt == null && !this.recipients.isEmpty()
				&& this.recipients.stream().allMatch(Person::isPublicConsent);
	}

	/**
	 * Keeps {@link #getPublicSince()} in step with {@link #isPublic()}: the moment it
	 * reached the wall stays the same while it stays there.
	 */
	private void placeOnPublicWall() {
		if (!isPublic()) {
			this.publicSince = null;
		}
		else if (this.publicSince == null) {
			this.publicSince = (this.moderatedAt != null) ? this.moderatedAt : this.createdAt;
		}
	}

	/** When it reached the public wall; empty while visitors may not see it. */
	public Instant getPublicSince() {
		return this.publicSince;
	}

	/** The text for the public wall: a manager's edit, or the original. */
	public String getPublicMessage() {
		return (this.publicText != null) ? this.publicText : this.message;
	}

	public boolean isHidden() {
		return this.hiddenAt != null;
	}

	public boolean isFromCustomer() {
		return this.source == Source.CUSTOMER;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Source getSource() {
		return this.source;
	}

	public Person getAuthor() {
		return this.author;
	}

	public Team getTeam() {
		return this.team;
	}

	public CompanyValue getValue() {
		return this.value;
	}

	public Set<Person> getRecipients() {
		return this.recipients;
	}

	public String getMessage() {
		return this.message;
	}

	public boolean isWantsPublic() {
		return this.wantsPublic;
	}

	public Moderation getModeration() {
		return this.moderation;
	}

	public String getPublicText() {
		return this.publicText;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public Instant getModeratedAt() {
		return this.moderatedAt;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public String getCustomerEmail() {
		return this.customerEmail;
	}

	public String getAgentName() {
		return this.agentName;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Who wrote it.
	 */
	public enum Source {

		STAFF, CUSTOMER

	}

}
