package org.serviceweek.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the counter row for a user name in a transaction of its own, so that two first
 * attempts at the same moment do not fail each other (the loser just finds the row
 * there).
 */
@Component
class SignInThrottleRows {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	SignInThrottleRows(JdbcTemplate jdbc,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	void ensureExists(String key, Instant now) {
		Integer count = this.jdbc.queryForObject("select count(*) from sign_in_throttle where username = ?",
				Integer.class, key);
		if (count != null && count > 0) {
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> this.jdbc.update(
					"insert into sign_in_throttle (username, failures, last_failure_at) values (?, 0, ?)", key,
					Timestamp.from(now)));
		}
		catch (DataIntegrityViolationException ex) {
			// Created by a parallel attempt: that is all we needed.
		}
	}

}
