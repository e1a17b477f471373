package org.serviceweek.week.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.CalendarFeeds;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.SignUp;
import org.serviceweek.week.SignUpStatus;
import org.serviceweek.week.WeekAtAGlance;
import org.serviceweek.week.WeekPlan;
import org.serviceweek.week.WeekPlanner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What staff see: the week day by day, today's programme and their own sign-ups.
 */
@Controller
class WeekController {

	private final WeekPlanner planner;

	private final CelebrationWeeks weeks;

	private final ActivitySignUps signUps;

	private final CalendarFeeds feeds;

	private final Clock clock;

	WeekController(WeekPlanner planner, CelebrationWeeks weeks, ActivitySignUps signUps, CalendarFeeds feeds,
			Clock clock) {
		this.planner = planner;
		this.weeks = weeks;
		this.signUps = signUps;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/week")
	String thisWeek(@AuthenticationPrincipal SignedInAccount me, Model model) {
		WeekAtAGlance glance = this.weeks.glance();
		LocalDate today = LocalDate.now(this.clock);
		// Until the next week is planned, the one that just ended stays on show with its
		// recap.
		int year = glance.year();
		if (this.planner.find(year).isEmpty() && this.planner.find(today.getYear()).isPresent()) {
			year = today.getYear();
		}
		return week(year, me, model);
	}

	@GetMapping("/week/{year}")
	String week(@PathVariable int year, @AuthenticationPrincipal SignedInAccount me, Model model) {
		if (year < 2000 || year > 2100) {
			throw new org.serviceweek.shared.NotFoundException("No week " + year);
		}
		model.addAttribute("year", year);
		if (this.planner.find(year).isEmpty()) {
			return "week/not-planned";
		}
		WeekPlan plan = this.planner.plan(year);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("plan", plan);
		model.addAttribute("today", today);
		model.addAttribute("now", LocalDateTime.now(this.clock));
		model.addAttribute("phase", today.isBefore(plan.week().getStartsOn()) ? "before"
				: today.isAfter(plan.week().getEndsOn()) ? "after" : "during");
		model.addAttribute("daysUntil", java.time.temporal.ChronoUnit.DAYS.between(today, plan.week().getStartsOn()));
		model.addAttribute("myStatus", myStatus(me));
		return "week/week";
	}

	@GetMapping("/week/{year}/agenda")
	String agenda(@PathVariable int year, Model model) {
		model.addAttribute("plan", this.planner.plan(year));
		return "week/agenda";
	}

	@GetMapping("/today")
	String today(@AuthenticationPrincipal SignedInAccount me, Model model) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		List<Activity> todays = this.planner.plannedBetween(today, today);
		model.addAttribute("now", now);
		model.addAttribute("today", today);
		model.addAttribute("onNow", todays.stream().filter((activity) -> activity.isOn(now)).toList());
		model.addAttribute("later",
				todays.stream().filter((activity) -> !activity.isOver(now) && !activity.isOn(now)).toList());
		model.addAttribute("earlier", todays.stream().filter((activity) -> activity.isOver(now)).toList());
		model.addAttribute("upcoming",
				this.planner.plannedBetween(today.plusDays(1), today.plusDays(60)).stream().limit(12).toList());
		model.addAttribute("myStatus", myStatus(me));
		return "week/today";
	}

	@GetMapping("/week/mine")
	String mine(@AuthenticationPrincipal SignedInAccount me, Model model) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<SignUp> mine = this.signUps.ofPerson(me.getPersonId());
		model.addAttribute("upcoming", mine.stream().filter((signUp) -> !signUp.getActivity().isOver(now)).toList());
		model.addAttribute("past", mine.stream().filter((signUp) -> signUp.getActivity().isOver(now)).toList());
		model.addAttribute("hasFeed", this.feeds.exists(me.getPersonId()));
		return "week/mine";
	}

	private Map<Long, SignUpStatus> myStatus(SignedInAccount me) {
		return this.signUps.ofPerson(me.getPersonId())
			.stream()
			.collect(Collectors.toMap((signUp) -> signUp.getActivity().getId(), SignUp::getStatus));
	}

}
