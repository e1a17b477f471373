package org.serviceweek.shoutout;

import org.serviceweek.shared.NotFoundException;

public class ShoutOutNotFoundException extends NotFoundException {

	ShoutOutNotFoundException(long id) {
		super("No shout-out " + id);
	}

}
