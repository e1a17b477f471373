package org.serviceweek.week.web;

import org.serviceweek.shared.web.ReadWhenShown;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekAtAGlance;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Puts the theme and the countdown into every page's header; read only when the page is
 * rendered, not for a request that redirects.
 */
@ControllerAdvice
class CelebrationHeaderAdvice {

	private final CelebrationWeeks weeks;

	CelebrationHeaderAdvice(CelebrationWeeks weeks) {
		this.weeks = weeks;
	}

	@ModelAttribute("celebration")
	LazyContextVariable<WeekAtAGlance> celebration() {
		return ReadWhenShown.of(this.weeks::glance);
	}

}
