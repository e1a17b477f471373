package org.serviceweek.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A message for one person inside the app, such as "an activity you signed up for was
 * cancelled". It stores a message key and its arguments, so it reads in the person's
 * language.
 */
@Entity
public class Notice {

	private static final String SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id")
	private Long personId;

	private String messageCode;

	private String messageArguments;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notice() {
	}

	Notice(long personId, String messageCode, List<String> arguments, String link, Instant now) {
		this.personId = personId;
		this.messageCode = messageCode;
		this.messageArguments = String.join(SEPARATOR, arguments);
		this.link = link;
		this.createdAt = now;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	/**
	 * The arguments for the message; ISO dates become dates so the message formats them.
	 */
	public Object[] getArguments(ZoneId zone) {
		if (this.messageArguments == null || this.messageArguments.isEmpty()) {
			return new Object[0];
		}
		return Arrays.stream(this.messageArguments.split(SEPARATOR, -1)).map((argument) -> {
			if (argument.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return (Object) Date.from(LocalDate.parse(argument).atStartOfDay(zone).toInstant());
			}
			return argument;
		}).toArray();
	}

	/** One argument for the message, or an empty text when the message has fewer. */
	public Object argument(int index, ZoneId zone) {
		Object[] arguments = getArguments(zone);
		return (index < arguments.length) ? arguments[index] : "";
	}

	public Long getId() {
		return this.id;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

}
