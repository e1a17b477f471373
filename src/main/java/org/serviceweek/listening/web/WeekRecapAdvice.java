package org.serviceweek.listening.web;

import java.util.List;

import org.serviceweek.listening.SuggestionSummary;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.shared.web.ReadWhenShown;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

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
	LazyContextVariable<List<SuggestionSummary>> youSaidWeDid() {
		return ReadWhenShown.of(this.suggestions::doneSinceLastYearsWeek);
	}

}
