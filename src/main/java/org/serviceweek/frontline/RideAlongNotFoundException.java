package org.serviceweek.frontline;

import org.serviceweek.shared.NotFoundException;

/**
 * No ride-along with this id: a 404.
 */
public class RideAlongNotFoundException extends NotFoundException {

	RideAlongNotFoundException(long id) {
		super("No ride-along " + id);
	}

}
