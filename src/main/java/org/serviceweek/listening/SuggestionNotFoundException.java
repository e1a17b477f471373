package org.serviceweek.listening;

import org.serviceweek.shared.NotFoundException;

/**
 * No such suggestion.
 */
public class SuggestionNotFoundException extends NotFoundException {

	SuggestionNotFoundException(long id) {
		super("No suggestion " + id);
	}

}
