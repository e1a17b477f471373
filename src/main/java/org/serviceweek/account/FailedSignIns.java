package org.serviceweek.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins in a row for one typed user name, and until when it is locked.
 */
@Entity
@Table(name = "sign_in_throttle")
class FailedSignIns {

	@Id
	String username;

	int failures;

	Instant lastFailureAt;

	Instant lockedUntil;

	protected FailedSignIns() {
	}

	FailedSignIns(String username) {
		this.username = username;
	}

}
