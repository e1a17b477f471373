package org.serviceweek.listening;

/**
 * Someone who raises a suggestion, as the hourly limit knows them: a keyed hash of the
 * person that only the running app can compute and nobody can turn back into a person.
 * Anonymous suggestions are raised with this instead of the person.
 */
public final class SubmitterKey {

	private final String pseudonym;

	SubmitterKey(String pseudonym) {
		this.pseudonym = pseudonym;
	}

	String pseudonym() {
		return this.pseudonym;
	}

	@Override
	public String toString() {
		return "SubmitterKey[hidden]";
	}

}
