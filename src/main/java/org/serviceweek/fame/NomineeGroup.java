package org.serviceweek.fame;

import java.util.List;

import org.serviceweek.people.Person;

/**
 * The open nominations of one person, for managers deciding whom to induct.
 */
public record NomineeGroup(Person nominee, List<Nomination> nominations) {

	public int size() {
		return this.nominations.size();
	}

}
