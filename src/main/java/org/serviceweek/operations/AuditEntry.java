package org.serviceweek.operations;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.serviceweek.shared.Audited;

/**
 * One line of the audit log. Written once, never changed.
 */
@Entity
public class AuditEntry {

	static final int MAX_ACTOR = 320;

	static final int MAX_ACTOR_NAME = 200;

	static final int MAX_TARGET = 500;

	static final int MAX_DETAIL = 1000;

	static final int MAX_ADDRESS = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private Audited.Action action;

	private String actor;

	private String actorName;

	private String target;

	private String detail;

	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, Audited.Action action, String actor, String actorName, String target, String detail,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.action = action;
		this.actor = cut(actor, MAX_ACTOR);
		this.actorName = cut(actorName, MAX_ACTOR_NAME);
		this.target = cut(target, MAX_TARGET);
		this.detail = cut(detail, MAX_DETAIL);
		this.clientAddress = cut(clientAddress, MAX_ADDRESS);
	}

	private static String cut(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() <= max) ? stripped : stripped.substring(0, max - 1) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Audited.Action getAction() {
		return this.action;
	}

	/** The sign-in name of who did it (or tried to sign in); {@code null} for the app. */
	public String getActor() {
		return this.actor;
	}

	public String getActorName() {
		return this.actorName;
	}

	public String getTarget() {
		return this.target;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
