package org.serviceweek.fame;

import org.serviceweek.shared.NotFoundException;

/**
 * No such induction (or, for visitors, none they may see).
 */
public class InductionNotFoundException extends NotFoundException {

	InductionNotFoundException(long id) {
		super("No induction " + id);
	}

}
