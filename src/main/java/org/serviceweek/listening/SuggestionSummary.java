package org.serviceweek.listening;

/**
 * A suggestion with how many colleagues added their voice and how many comments it has.
 */
public record SuggestionSummary(Suggestion suggestion, long voices, long comments) {
}
