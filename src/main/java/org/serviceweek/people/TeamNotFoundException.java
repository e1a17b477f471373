package org.serviceweek.people;

import org.serviceweek.shared.NotFoundException;

public class TeamNotFoundException extends NotFoundException {

	TeamNotFoundException(long id) {
		super("No team " + id);
	}

}
