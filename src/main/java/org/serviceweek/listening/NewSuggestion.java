package org.serviceweek.listening;

/**
 * What someone raises: a category, a short title and a description, and the form's
 * one-time key that makes sending it twice harmless. It never says who: the author, if
 * any, is given apart from it.
 */
public record NewSuggestion(Long categoryId, String title, String description, String submissionKey) {

	/** Without a one-time key: every call raises a suggestion. */
	public NewSuggestion(Long categoryId, String title, String description) {
		this(categoryId, title, description, null);
	}

}
