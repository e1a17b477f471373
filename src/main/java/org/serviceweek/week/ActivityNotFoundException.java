package org.serviceweek.week;

import org.serviceweek.shared.NotFoundException;

public class ActivityNotFoundException extends NotFoundException {

	ActivityNotFoundException(long id) {
		super("No activity " + id);
	}

}
