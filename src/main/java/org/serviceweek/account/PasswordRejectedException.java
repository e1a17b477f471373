package org.serviceweek.account;

import java.util.List;

/**
 * The chosen password breaks the {@link PasswordPolicy}; carries the message keys to
 * show.
 */
public class PasswordRejectedException extends RuntimeException {

	private final List<String> problems;

	PasswordRejectedException(List<String> problems) {
		super("Password rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<String> getProblems() {
		return this.problems;
	}

}
