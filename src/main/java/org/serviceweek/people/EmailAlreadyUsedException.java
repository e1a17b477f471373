package org.serviceweek.people;

/**
 * Two people cannot share an email: it is how they sign in and how the roster matches
 * them.
 */
public class EmailAlreadyUsedException extends RuntimeException {

	EmailAlreadyUsedException(String email) {
		super("Email already used: " + email);
	}

}
