package org.serviceweek.week.web;

import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekAtAGlance;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the theme and the countdown into every page's header.
 */
@ControllerAdvice
class CelebrationHeaderAdvice {

	private final CelebrationWeeks weeks;

	CelebrationHeaderAdvice(CelebrationWeeks weeks) {
		this.weeks = weeks;
	}

	@ModelAttribute("celebration")
	WeekAtAGlance celebration() {
		return this.weeks.glance();
	}

}
