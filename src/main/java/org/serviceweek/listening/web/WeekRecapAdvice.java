package org.serviceweek.listening.web;

import java.util.List;

import org.serviceweek.listening.SuggestionSummary;
import org.serviceweek.listening.Suggestions;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the week's pages what was done since last year's week, for the recap. The week
 * module cannot ask for it (listening depends on week), so this advice offers it to the
 * week's controllers by package name; it reads the database only if a page shows it.
 */
@ControllerAdvice(basePackages = "org.serviceweek.week.web")
class WeekRecapAdvice {

	private final Suggestions suggestions;

	WeekRecapAdvice(Suggestions suggestions) {
		this.suggestions = suggestions;
	}

	@ModelAttribute("youSaidWeDid")
	DoneSinceLastYear youSaidWeDid() {
		return new DoneSinceLastYear(this.suggestions);
	}

	/**
	 * Done since last year's week, read when a page first asks.
	 */
	public static final class DoneSinceLastYear {

		private final Suggestions suggestions;

		private List<SuggestionSummary> items;

		DoneSinceLastYear(Suggestions suggestions) {
			this.suggestions = suggestions;
		}

		public List<SuggestionSummary> getItems() {
			if (this.items == null) {
				this.items = this.suggestions.doneSinceLastYearsWeek();
			}
			return this.items;
		}

	}

}
