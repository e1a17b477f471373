package org.serviceweek.listening.web;

import org.serviceweek.listening.NewSuggestion;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.shared.Text;
import org.springframework.validation.Errors;

/**
 * The form to raise a challenge or suggestion. Whether it is anonymous travels apart from
 * what it says: an anonymous one reaches the service without its author.
 */
public class SuggestionForm {

	private Long categoryId;

	private String title;

	private String description;

	private boolean anonymous;

	private String submissionKey;

	NewSuggestion toRequest() {
		String key = (this.submissionKey != null && this.submissionKey.length() <= 64) ? this.submissionKey : null;
		return new NewSuggestion(this.categoryId, this.title, this.description, key);
	}

	/**
	 * Puts every wrong field's message beside it at once (the service checks the same
	 * rules again, and those only it knows).
	 */
	void check(Errors errors) {
		String title = Text.trimToNull(this.title);
		if (title == null) {
			errors.rejectValue("title", "suggestions.titleMissing");
		}
		else if (title.length() > Suggestion.MAX_TITLE) {
			errors.rejectValue("title", "suggestions.titleTooLong", new Object[] { Suggestion.MAX_TITLE }, null);
		}
		String description = Text.trimToNull(this.description);
		if (description == null) {
			errors.rejectValue("description", "suggestions.descriptionMissing");
		}
		else if (description.length() > Suggestion.MAX_DESCRIPTION) {
			errors.rejectValue("description", "suggestions.descriptionTooLong",
					new Object[] { Suggestion.MAX_DESCRIPTION }, null);
		}
		if (this.categoryId == null) {
			errors.rejectValue("categoryId", "suggestions.categoryMissing");
		}
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		// Browsers send line breaks as two characters; people (and the limit) count one.
		this.description = (description != null) ? description.replace("\r\n", "\n") : null;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

}
