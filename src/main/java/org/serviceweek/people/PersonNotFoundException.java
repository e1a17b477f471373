package org.serviceweek.people;

import org.serviceweek.shared.NotFoundException;

public class PersonNotFoundException extends NotFoundException {

	PersonNotFoundException(long id) {
		super("No person " + id);
	}

}
