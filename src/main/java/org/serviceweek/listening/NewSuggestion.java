package org.serviceweek.listening;

/**
 * What someone raises: a category, a short title and a description. It never says who:
 * the author, if any, is given apart from it.
 */
public record NewSuggestion(Long categoryId, String title, String description) {
}
