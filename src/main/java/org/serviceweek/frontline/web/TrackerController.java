package org.serviceweek.frontline.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.MonthlyHours;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.NotFoundException;
import org.serviceweek.shared.SpreadsheetCells;
import org.serviceweek.shared.web.CsvDownload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * For managers: the tracker (month by month, which leaders did their hour) and the list
 * of who is a leader.
 */
@Controller
class TrackerController {

	static final int PAGE_SIZE = 25;

	static final int LATEST_LEARNINGS = 20;

	private final RideAlongs rideAlongs;

	private final Leaders leaders;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TrackerController(RideAlongs rideAlongs, Leaders leaders, People people, MessageSource messages, Clock clock,
			ApplicationEventPublisher events) {
		this.rideAlongs = rideAlongs;
		this.leaders = leaders;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/frontline/tracker")
	String tracker(@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("tracker", this.rideAlongs.tracker(shown));
		model.addAttribute("currentMonth", YearMonth.now(this.clock));
		model.addAttribute("learnings", this.rideAlongs.latestLearnings(LATEST_LEARNINGS));
		model.addAttribute("zone", this.clock.getZone());
		return "frontline/tracker";
	}

	@GetMapping("/frontline/tracker.csv")
	void trackerCsv(@RequestParam(required = false) Integer year, HttpServletResponse response, Locale locale)
			throws IOException {
		MonthlyHours tracker = this.rideAlongs.tracker(year(year));
		String fileName = "leaders-beside-agents-" + tracker.year() + ".csv";
		this.events.publishEvent(Audited.export(fileName, null));
		Writer writer = CsvDownload.start(response, fileName);
		List<String> header = new ArrayList<>(List.of("leader", "email", "team"));
		tracker.months().forEach((month) -> header.add(month.toString()));
		header.add("months_done");
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
		for (MonthlyHours.Row row : tracker.rows()) {
			Person leader = row.leader();
			List<Object> record = new ArrayList<>();
			record.add(SpreadsheetCells.escape(leader.getName()));
			record.add(SpreadsheetCells.escape(leader.getEmail()));
			record.add((leader.getTeam() != null) ? SpreadsheetCells.escape(leader.getTeam().getName()) : "");
			for (MonthlyHours.Cell cell : row.cells()) {
				record.add(this.messages.getMessage(cell.state().messageKey(), null, locale)
						+ ((cell.minutesDone() > 0) ? " (" + cell.minutesDone() + " min)" : ""));
			}
			record.add(row.monthsDone());
			printer.printRecord(record);
		}
		printer.flush();
	}

	@GetMapping("/frontline/leaders")
	String leaders(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.min(Math.max(page, 0), 100_000), PAGE_SIZE, Sort.by("name", "email"));
		Page<Person> found = this.people.search(q, null, request);
		model.addAttribute("leaders", this.leaders.all());
		model.addAttribute("leaderIds", this.leaders.personIds());
		model.addAttribute("people", found);
		model.addAttribute("q", q);
		model.addAttribute("pageLink",
				(q != null && !q.isBlank()) ? UriComponentsBuilder.fromPath("/frontline/leaders")
					.queryParam("q", "{q}")
					.encode()
					.buildAndExpand(q)
					.toUriString() : "/frontline/leaders");
		return "frontline/leaders";
	}

	@PostMapping("/frontline/leaders")
	String mark(@RequestParam long personId, @RequestParam boolean leader, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Person person = this.people.get(personId);
		if (leader) {
			this.leaders.mark(personId, me.getPersonId());
		}
		else {
			this.leaders.unmark(personId);
		}
		redirect.addFlashAttribute("success", leader ? "frontline.leaders.marked" : "frontline.leaders.unmarked");
		redirect.addFlashAttribute("successArgument", person.getName());
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q);
		}
		if (page > 0) {
			redirect.addAttribute("page", page);
		}
		return "redirect:/frontline/leaders";
	}

	private int year(Integer year) {
		if (year == null) {
			return LocalDate.now(this.clock).getYear();
		}
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("No tracker for " + year);
		}
		return year;
	}

}
