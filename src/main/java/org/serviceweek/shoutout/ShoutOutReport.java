package org.serviceweek.shoutout;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.serviceweek.shared.Text;

/**
 * Someone signed in thinks a shout-out should not be on show.
 */
@Entity
@Table(name = "shout_out_report")
class ShoutOutReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "shout_out_id")
	private Long shoutOutId;

	@Column(name = "reporter_id")
	private Long reporterId;

	private String reason;

	private Instant createdAt;

	private Instant resolvedAt;

	protected ShoutOutReport() {
	}

	ShoutOutReport(long shoutOutId, long reporterId, String reason, Instant now) {
		this.shoutOutId = shoutOutId;
		this.reporterId = reporterId;
		this.reason = Text.trimToNull(reason);
		this.createdAt = now;
	}

	void resolve(Instant now) {
		this.resolvedAt = now;
	}

	String getReason() {
		return this.reason;
	}

	Long getShoutOutId() {
		return this.shoutOutId;
	}

}
