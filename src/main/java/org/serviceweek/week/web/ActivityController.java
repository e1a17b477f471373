package org.serviceweek.week.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.Audited;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityCalendar;
import org.serviceweek.week.ActivityConflictException;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.PlanningException;
import org.serviceweek.week.SignUp;
import org.serviceweek.week.WeekPlanner;
import org.serviceweek.shared.web.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.serviceweek.shared.SpreadsheetCells;
import org.serviceweek.shared.web.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One activity: everyone signed in can read it and sign up; managers add, edit and
 * cancel.
 */
@Controller
@RequestMapping("/activities")
class ActivityController {

	private final WeekPlanner planner;

	private final ActivitySignUps signUps;

	private final People people;

	private final ActivityCalendar calendar;

	private final MessageSource messages;

	private final PublicAddress address;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActivityController(WeekPlanner planner, ActivitySignUps signUps, People people, ActivityCalendar calendar,
			MessageSource messages, Clock clock, PublicAddress address, ApplicationEventPublisher events) {
		this.address = address;
		this.planner = planner;
		this.signUps = signUps;
		this.people = people;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model) {
		Activity activity = this.planner.getActivity(id);
		model.addAttribute("activity", activity);
		model.addAttribute("mine", this.signUps.mine(id, me.getPersonId()));
		model.addAttribute("confirmed", this.signUps.confirmedCount(id));
		model.addAttribute("waiting", this.signUps.waitingCount(id));
		model.addAttribute("over", activity.isOver(LocalDateTime.now(this.clock)));
		return "week/activity";
	}

	@GetMapping("/new")
	String newActivity(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		ActivityForm form = new ActivityForm();
		form.setYear(year);
		if (year != null) {
			CelebrationWeek week = this.planner.get(year);
			form.setDate((date != null && week.includes(date)) ? date : week.getStartsOn());
		}
		else {
			form.setDate((date != null) ? date : LocalDate.now(this.clock).plusDays(7));
		}
		form.setStartsAt(LocalTime.of(10, 0));
		form.setEndsAt(LocalTime.of(11, 0));
		return form(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getYear() != null) {
			this.planner.get(form.getYear());
		}
		checkTimes(form, result);
		if (!result.hasErrors()) {
			try {
				Activity activity = this.planner.addActivity(form.getYear(), form.toDetails());
				redirect.addFlashAttribute("success", "activity.added");
				return "redirect:" + back(activity);
			}
			catch (PlanningException ex) {
				reject(ex, result);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Activity activity = this.planner.getActivity(id);
		return form(ActivityForm.of(activity), activity, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Activity activity = this.planner.getActivity(id);
		form.setYear(activity.getYear());
		checkTimes(form, result);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : activity.getVersion();
				Activity saved = this.planner.updateActivity(id, version, form.toDetails());
				redirect.addFlashAttribute("success", "activity.saved");
				return "redirect:" + back(saved);
			}
			catch (ActivityConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("current", ActivityForm.of(ex.getCurrent()));
				model.addAttribute("differences", differences(ActivityForm.of(ex.getCurrent()), form,
						org.springframework.context.i18n.LocaleContextHolder.getLocale()));
				model.addAttribute("activity", ex.getCurrent());
				return "week/activity-conflict";
			}
			catch (PlanningException ex) {
				reject(ex, result);
			}
		}
		return form(form, activity, model);
	}

	@GetMapping("/{id}/cancel")
	String confirmCancel(@PathVariable long id, Model model) {
		Activity activity = this.planner.getActivity(id);
		model.addAttribute("activity", activity);
		model.addAttribute("signUps", this.signUps.of(id));
		return "week/activity-cancel";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		Activity activity = this.planner.getActivity(id);
		int told = this.signUps.of(id).size();
		this.planner.cancelActivity(id);
		redirect.addFlashAttribute("success", "activity.cancelledDone");
		redirect.addFlashAttribute("successArgument", told);
		return "redirect:" + ((activity.getYear() != null) ? "/plan/" + activity.getYear() : "/plan");
	}

	@GetMapping("/{id}/signups")
	String signUps(@PathVariable long id, Model model) {
		model.addAttribute("activity", this.planner.getActivity(id));
		model.addAttribute("signUps", this.signUps.of(id));
		model.addAttribute("zone", this.clock.getZone());
		return "week/activity-signups";
	}

	@GetMapping("/{id}/signups.csv")
	void exportSignUps(@PathVariable long id, HttpServletResponse response, java.util.Locale locale)
			throws IOException {
		Activity activity = this.planner.getActivity(id);
		List<SignUp> all = this.signUps.of(id);
		String fileName = "signups-" + activity.getId() + ".csv";
		this.events.publishEvent(Audited.export(fileName, activity.getTitle() + ", " + activity.getDate()));
		Writer writer = CsvDownload.start(response, fileName);
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader("name", "email", "team", "status", "signed_up_at").get());
		for (SignUp signUp : all) {
			Person person = signUp.getPerson();
			printer.printRecord(SpreadsheetCells.escape(person.getName()), SpreadsheetCells.escape(person.getEmail()),
					(person.getTeam() != null) ? SpreadsheetCells.escape(person.getTeam().getName()) : "",
					this.messages.getMessage("signUp.status." + signUp.getStatus(), null, locale),
					signUp.getSignedUpAt().atZone(this.clock.getZone()).toLocalDateTime().withNano(0));
		}
		printer.flush();
	}

	@GetMapping("/{id}/calendar.ics")
	void download(@PathVariable long id, HttpServletResponse response) throws IOException {
		Activity activity = this.planner.getActivity(id);
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("activity-" + id + ".ics").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.calendar.write(activity.getTitle(), List.of(activity), this.address.base(), this.messages.getMessage(
				"calendar.host", null, org.springframework.context.i18n.LocaleContextHolder.getLocale()), writer);
		writer.flush();
	}

	@PostMapping("/{id}/signup")
	String signUp(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			SignUp signUp = this.signUps.signUp(id, me.getPersonId());
			redirect.addFlashAttribute("success", signUp.isConfirmed() ? "signUp.confirmed" : "signUp.waiting");
		}
		catch (PlanningException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		this.planner.getActivity(id);
		try {
			this.signUps.withdraw(id, me.getPersonId());
			redirect.addFlashAttribute("success", "signUp.withdrawn");
		}
		catch (PlanningException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/activities/" + id;
	}

	private String form(ActivityForm form, Activity activity, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("activity", activity);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("hosts", this.people.choices(Collections.singleton(form.getHostId())));
		if (form.getYear() != null) {
			CelebrationWeek week = this.planner.get(form.getYear());
			model.addAttribute("week", week);
			model.addAttribute("weekDates",
					java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(week::dateOf).toList());
		}
		return "week/activity-form";
	}

	/**
	 * The saved version and the editor's side by side, in words people read (not ids or
	 * codes).
	 */
	private List<Difference> differences(ActivityForm theirs, ActivityForm yours, java.util.Locale locale) {
		List<Difference> rows = new java.util.ArrayList<>();
		for (String field : List.of("title", "date", "startsAt", "endsAt", "kind", "place", "onlineLink", "hostId",
				"description", "capacity", "cost")) {
			String saved = display(field, theirs, locale);
			String mine = display(field, yours, locale);
			rows.add(new Difference("activity.field." + field, saved, mine, !java.util.Objects.equals(saved, mine)));
		}
		return rows;
	}

	private String display(String field, ActivityForm form, java.util.Locale locale) {
		return switch (field) {
			case "title" -> form.getTitle();
			case "date" -> (form.getDate() != null)
					? form.getDate().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale))
					: null;
			case "startsAt" -> (form.getStartsAt() != null) ? form.getStartsAt().toString() : null;
			case "endsAt" -> (form.getEndsAt() != null) ? form.getEndsAt().toString() : null;
			case "kind" ->
				(form.getKind() != null) ? this.messages.getMessage(form.getKind().messageKey(), null, locale) : null;
			case "place" -> form.getPlace();
			case "onlineLink" -> form.getOnlineLink();
			case "hostId" ->
				(form.getHostId() != null) ? this.people.find(form.getHostId()).map(Person::getName).orElse(null)
						: this.messages.getMessage("activity.noHost", null, locale);
			case "description" -> form.getDescription();
			case "capacity" -> (form.getCapacity() != null) ? String.valueOf(form.getCapacity()) : null;
			default -> (form.getCost() != null) ? form.getCost().toPlainString() : null;
		};
	}

	/**
	 * One field of an activity in the saved version and in the editor's.
	 */
	record Difference(String labelKey, String saved, String mine, boolean changed) {
	}

	private static void checkTimes(ActivityForm form, BindingResult result) {
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())
				&& !result.hasFieldErrors("endsAt")) {
			result.rejectValue("endsAt", "activity.endBeforeStart");
		}
	}

	private static void reject(PlanningException ex, BindingResult result) {
		if (ex.getField() != null) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

	private static String back(Activity activity) {
		return (activity.getYear() != null) ? "/plan/" + activity.getYear() + "#activity-" + activity.getId()
				: "/activities/" + activity.getId();
	}

}
