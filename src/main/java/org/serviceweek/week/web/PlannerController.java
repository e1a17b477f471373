package org.serviceweek.week.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.PlanningException;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers plan a year's week: start it (empty, from the ready plan, or as a copy), set
 * its dates, theme and budget, name the days.
 */
@Controller
@RequestMapping("/plan")
class PlannerController {

	private final WeekPlanner planner;

	private final Clock clock;

	PlannerController(WeekPlanner planner, Clock clock) {
		this.planner = planner;
		this.clock = clock;
	}

	@GetMapping
	String weeks(Model model) {
		model.addAttribute("weeks", this.planner.weeks());
		model.addAttribute("suggestedYear", suggestedYear());
		model.addAttribute("followUps", this.planner.followUpsFrom(LocalDate.now(this.clock)));
		return "week/plans";
	}

	@PostMapping
	String startPlanning(@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "TEMPLATE") StartFrom startFrom,
			@RequestParam(required = false) Integer copyOf, Locale locale, Model model, RedirectAttributes redirect) {
		if (year == null || year < 2000 || year > 2100) {
			model.addAttribute("failure", "plan.yearInvalid");
			return weeks(model);
		}
		try {
			this.planner.startPlanning(year, startFrom, copyOf, locale);
		}
		catch (PlanningException ex) {
			model.addAttribute("failure", ex.getMessageKey());
			model.addAttribute("failureArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
			return weeks(model);
		}
		redirect.addFlashAttribute("success", "plan.started");
		return "redirect:/plan/" + year;
	}

	@GetMapping("/{year}")
	String plan(@PathVariable int year, Model model) {
		model.addAttribute("plan", this.planner.plan(year));
		return "week/planner";
	}

	@GetMapping("/{year}/settings")
	String settings(@PathVariable int year, Model model) {
		CelebrationWeek week = this.planner.get(year);
		model.addAttribute("week", week);
		model.addAttribute("form", WeekSettingsForm.of(week));
		return "week/settings";
	}

	@PostMapping("/{year}/settings")
	String saveSettings(@PathVariable int year, @Valid @ModelAttribute("form") WeekSettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CelebrationWeek week = this.planner.get(year);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : week.getVersion();
				this.planner.updateWeek(year, version, form.toSettings());
				redirect.addFlashAttribute("success", "plan.settingsSaved");
				return "redirect:/plan/" + year;
			}
			catch (PlanningException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		model.addAttribute("week", week);
		return "week/settings";
	}

	@GetMapping("/{year}/days/{day}")
	String day(@PathVariable int year, @PathVariable int day, Model model) {
		CelebrationWeek week = this.planner.get(year);
		if (day < 1 || day > 5) {
			throw new org.serviceweek.shared.NotFoundException("No day " + day);
		}
		DayForm form = new DayForm();
		week.day(day).ifPresent((plan) -> {
			form.setTitle(plan.getTitle());
			form.setFocus(plan.getFocus());
		});
		model.addAttribute("week", week);
		model.addAttribute("day", day);
		model.addAttribute("date", week.dateOf(day));
		model.addAttribute("form", form);
		return "week/day-form";
	}

	@PostMapping("/{year}/days/{day}")
	String saveDay(@PathVariable int year, @PathVariable int day, @Valid @ModelAttribute("form") DayForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CelebrationWeek week = this.planner.get(year);
		if (day < 1 || day > 5) {
			throw new org.serviceweek.shared.NotFoundException("No day " + day);
		}
		if (result.hasErrors()) {
			model.addAttribute("week", week);
			model.addAttribute("day", day);
			model.addAttribute("date", week.dateOf(day));
			return "week/day-form";
		}
		this.planner.planDay(year, day, form.getTitle(), form.getFocus());
		redirect.addFlashAttribute("success", "plan.daySaved");
		return "redirect:/plan/" + year + "#day-" + day;
	}

	private int suggestedYear() {
		LocalDate today = LocalDate.now(this.clock);
		return this.planner.find(today.getYear()).isPresent() ? today.getYear() + 1 : today.getYear();
	}

}
