package org.serviceweek.week.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shared.NotFoundException;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityCalendar;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.CalendarFeeds;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.SignUp;
import org.serviceweek.week.WeekPlanner;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.serviceweek.shared.web.PublicAddress;

/**
 * iCalendar files and feeds: the whole week, and one's own sign-ups. Signed-in people
 * download them; calendar apps subscribe with a personal secret address instead.
 */
@Controller
class CalendarController {

	private final WeekPlanner planner;

	private final CelebrationWeeks weeks;

	private final ActivitySignUps signUps;

	private final CalendarFeeds feeds;

	private final ActivityCalendar calendar;

	private final MessageSource messages;

	private final PublicAddress address;

	private final org.serviceweek.account.Accounts accounts;

	CalendarController(WeekPlanner planner, CelebrationWeeks weeks, ActivitySignUps signUps, CalendarFeeds feeds,
			ActivityCalendar calendar, MessageSource messages, org.serviceweek.account.Accounts accounts,
			PublicAddress address) {
		this.address = address;
		this.accounts = accounts;
		this.planner = planner;
		this.weeks = weeks;
		this.signUps = signUps;
		this.feeds = feeds;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/calendar/{year}.ics")
	void week(@PathVariable int year, HttpServletResponse response, Locale locale) throws IOException {
		this.planner.get(year);
		write(response, "serviceweek-" + year + ".ics",
				this.messages.getMessage("calendar.week", new Object[] { year }, locale),
				this.planner.forCalendar(year));
	}

	@GetMapping("/calendar/mine.ics")
	void mine(@AuthenticationPrincipal SignedInAccount me, HttpServletResponse response, Locale locale)
			throws IOException {
		write(response, "my-serviceweek.ics", this.messages.getMessage("calendar.mine", null, locale),
				mine(me.getPersonId()), waiting(me.getPersonId()));
	}

	@PostMapping("/calendar/subscription")
	String subscribe(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		String token = this.feeds.renew(me.getPersonId());
		String base = this.address.base() + "/calendar/feeds/";
		redirect.addFlashAttribute("feedWeek", base + token + "/week.ics");
		redirect.addFlashAttribute("feedMine", base + token + "/mine.ics");
		redirect.addFlashAttribute("success", "calendar.subscriptionCreated");
		return "redirect:/week/mine";
	}

	@GetMapping("/calendar/feeds/{token}/week.ics")
	void weekFeed(@PathVariable String token, HttpServletResponse response, Locale locale) throws IOException {
		person(token);
		int year = this.weeks.glance().year();
		List<Activity> activities = new ArrayList<>(
				this.planner.find(year).isPresent() ? this.planner.forCalendar(year) : List.of());
		activities.addAll(this.planner.followUpsFrom(LocalDate.now(this.calendar.clock()).minusDays(30)));
		write(response, "serviceweek.ics", this.messages.getMessage("calendar.week", new Object[] { year }, locale),
				activities);
	}

	@GetMapping("/calendar/feeds/{token}/mine.ics")
	void mineFeed(@PathVariable String token, HttpServletResponse response, Locale locale) throws IOException {
		long personId = person(token);
		write(response, "my-serviceweek.ics", this.messages.getMessage("calendar.mine", null, locale), mine(personId),
				waiting(personId));
	}

	private long person(String token) {
		// A feed stops working when its owner can no longer sign in.
		return this.feeds.personFor(token)
			.filter((personId) -> this.accounts.findByPerson(personId)
				.filter((account) -> account.isEnabled())
				.isPresent())
			.orElseThrow(() -> new NotFoundException("No such calendar feed"));
	}

	private List<Activity> mine(long personId) {
		return this.signUps.ofPerson(personId)
			.stream()
			.map(SignUp::getActivity)
			.sorted(Comparator.comparing(Activity::getDate).thenComparing(Activity::getStartsAt))
			.toList();
	}

	private java.util.Set<Long> waiting(long personId) {
		return this.signUps.ofPerson(personId)
			.stream()
			.filter((signUp) -> !signUp.isConfirmed())
			.map((signUp) -> signUp.getActivity().getId())
			.collect(java.util.stream.Collectors.toSet());
	}

	private void write(HttpServletResponse response, String fileName, String name, List<Activity> activities)
			throws IOException {
		write(response, fileName, name, activities, java.util.Set.of());
	}

	private void write(HttpServletResponse response, String fileName, String name, List<Activity> activities,
			java.util.Set<Long> tentative) throws IOException {
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.calendar.write(name, activities, tentative, this.address.base(), this.messages.getMessage("calendar.host",
				null, org.springframework.context.i18n.LocaleContextHolder.getLocale()), writer);
		writer.flush();
	}

}
