package org.serviceweek.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.serviceweek.stats.Leaderboard;
import org.serviceweek.stats.Period;
import org.serviceweek.stats.RecognitionReport;
import org.serviceweek.stats.RecognitionStats;
import org.serviceweek.stats.StatsRuleException;
import org.serviceweek.stats.WeekSignUps;
import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.CelebrationWeeks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recognition dashboard for managers: shout-outs over time, per team and per value,
 * participation and the week's sign-ups, each as a chart and a table; and the switch of
 * the time-boxed leaderboard.
 */
@Controller
@RequestMapping("/stats")
class StatsController {

	private final RecognitionStats stats;

	private final Leaderboard leaderboard;

	private final CelebrationWeeks weeks;

	private final StatsCharts charts;

	private final Clock clock;

	StatsController(RecognitionStats stats, Leaderboard leaderboard, CelebrationWeeks weeks, StatsCharts charts,
			Clock clock) {
		this.stats = stats;
		this.leaderboard = leaderboard;
		this.weeks = weeks;
		this.charts = charts;
		this.clock = clock;
	}

	@GetMapping
	String stats(@ModelAttribute("period") PeriodForm form, BindingResult result, Locale locale, Model model) {
		Leaderboard.Status status = this.leaderboard.status();
		boolean coming = status.state() == Leaderboard.State.SCHEDULED || status.isOpen();
		model.addAttribute("leaderboardForm",
				LeaderboardForm.of(coming ? status.box() : this.leaderboard.suggestedBox()));
		return page(form, result, status, locale, model);
	}

	@PostMapping("/leaderboard")
	String leaderboard(@RequestParam(defaultValue = "open") String action,
			@Valid @ModelAttribute("leaderboardForm") LeaderboardForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		if ("close".equals(action)) {
			this.leaderboard.close();
			redirect.addFlashAttribute("success", "leaderboard.closed");
			return "redirect:/stats";
		}
		if (!result.hasErrors()) {
			try {
				this.leaderboard.open(form.getFirstDay(), form.getLastDay());
				redirect.addFlashAttribute("success", "leaderboard.opened");
				return "redirect:/stats";
			}
			catch (StatsRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		PeriodForm period = new PeriodForm();
		model.addAttribute("period", period);
		return page(period, null, this.leaderboard.status(), locale, model);
	}

	private String page(PeriodForm form, BindingResult result, Leaderboard.Status status, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Period period = form.toPeriod(today);
		if (result == null || !result.hasErrors()) {
			form.setFrom(period.from());
			form.setTo(period.to());
			try {
				RecognitionReport report = this.stats.report(period);
				model.addAttribute("report", report);
				model.addAttribute("overTime", this.charts.overTime(report, locale));
				model.addAttribute("byTeam", this.charts.byTeam(report, locale));
				model.addAttribute("byValue", this.charts.byValue(report, locale));
				model.addAttribute("participation", this.charts.participation(report, locale));
				WeekSignUps signUps = this.stats.signUps(period);
				model.addAttribute("signUps", signUps);
				model.addAttribute("signUpChart", this.charts.signUps(signUps, locale));
			}
			catch (StatsRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		model.addAttribute("choices", choices(today, period));
		model.addAttribute("leaderboard", status);
		model.addAttribute("maxDays", Leaderboard.MAX_DAYS);
		return "stats/stats";
	}

	private List<PeriodChoice> choices(LocalDate today, Period shown) {
		Period weeks = Period.lastWeeks(today, PeriodForm.DEFAULT_WEEKS);
		Period year = Period.lastYear(today);
		int next = this.weeks.glance().year();
		CelebrationWeek coming = this.weeks.weekOf(next);
		CelebrationWeek last = this.weeks.weekOf(next - 1);
		return List.of(choice("stats.choice.lastWeeks", PeriodForm.DEFAULT_WEEKS, weeks, shown),
				choice("stats.choice.lastYear", null, year, shown),
				choice("stats.choice.week", next, new Period(coming.getStartsOn(), coming.getEndsOn()), shown),
				choice("stats.choice.week", next - 1, new Period(last.getStartsOn(), last.getEndsOn()), shown));
	}

	private static PeriodChoice choice(String labelKey, Object argument, Period period, Period shown) {
		return new PeriodChoice(labelKey, argument, period.from(), period.to(), period.equals(shown));
	}

}
