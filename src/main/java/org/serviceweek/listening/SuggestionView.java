package org.serviceweek.listening;

import java.util.List;

/**
 * A suggestion's page: the item, how many colleagues added their voice (and whether the
 * reader did), the comments and the history of its states.
 */
public record SuggestionView(Suggestion suggestion, long voices, boolean voicedByReader,
		List<SuggestionComment> comments, List<SuggestionMove> history) {
}
