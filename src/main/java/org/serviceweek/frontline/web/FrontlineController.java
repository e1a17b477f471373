package org.serviceweek.frontline.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongCalendar;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.People;
import org.serviceweek.shared.web.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What everyone signed in sees: who is coming to their team, their own ride-alongs as a
 * leader, the week's trading-places day, one booking, and the calendar files.
 */
@Controller
class FrontlineController {

	private final RideAlongs rideAlongs;

	private final Leaders leaders;

	private final People people;

	private final RideAlongCalendar calendar;

	private final MessageSource messages;

	private final PublicAddress address;

	private final Clock clock;

	FrontlineController(RideAlongs rideAlongs, Leaders leaders, People people, RideAlongCalendar calendar,
			MessageSource messages, PublicAddress address, Clock clock) {
		this.rideAlongs = rideAlongs;
		this.leaders = leaders;
		this.people = people;
		this.calendar = calendar;
		this.messages = messages;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping("/frontline")
	String overview(@AuthenticationPrincipal SignedInAccount me, Model model) {
		Instant now = this.clock.instant();
		boolean leader = this.leaders.isLeader(me.getPersonId());
		model.addAttribute("leader", leader);
		model.addAttribute("coming", this.rideAlongs.comingTo(me.getPersonId()));
		model.addAttribute("myTeam", this.people.find(me.getPersonId()).map((person) -> person.getTeam()).orElse(null));
		if (leader) {
			List<RideAlong> mine = this.rideAlongs.ofLeader(me.getPersonId());
			model.addAttribute("toWrite",
					mine.stream()
						.filter((r) -> r.isAwaitingLearnings(now))
						.sorted(Comparator.comparing(RideAlong::getStartsAt))
						.toList());
			model.addAttribute("upcoming",
					mine.stream()
						.filter((r) -> r.isUpcoming(now) && !r.hasStarted(now))
						.sorted(Comparator.comparing(RideAlong::getStartsAt))
						.toList());
			model.addAttribute("done",
					mine.stream().filter((r) -> !r.isCancelled() && r.getLearned() != null).limit(12).toList());
		}
		model.addAttribute("tradingPlaces", this.rideAlongs.tradingPlacesDay());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", now);
		return "frontline/overview";
	}

	@GetMapping("/frontline/teams/{id}")
	String team(@PathVariable long id, Model model) {
		model.addAttribute("team", this.people.getTeam(id));
		model.addAttribute("coming", this.rideAlongs.comingToTeam(id));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", this.clock.instant());
		return "frontline/team";
	}

	@GetMapping("/frontline/bookings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model, Locale locale) {
		RideAlong rideAlong = this.rideAlongs.get(id);
		boolean mine = rideAlong.mayBeChangedBy(me.getPersonId(), isManager(me));
		Instant now = this.clock.instant();
		model.addAttribute("rideAlong", rideAlong);
		model.addAttribute("mine", mine);
		model.addAttribute("changeable", mine && !rideAlong.isCancelled() && !rideAlong.hasStarted(now));
		model.addAttribute("learnable", mine && !rideAlong.isCancelled() && rideAlong.hasStarted(now));
		if (mine && rideAlong.getLearned() != null) {
			model.addAttribute("suggestionLink", SuggestionLink.of(rideAlong, this.messages, locale));
		}
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", now);
		return "frontline/booking";
	}

	@GetMapping("/frontline/bookings/{id}/calendar.ics")
	void download(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		RideAlong rideAlong = this.rideAlongs.get(id);
		write(response, "ride-along-" + id + ".ics", summary(rideAlong, locale), List.of(rideAlong), locale);
	}

	@GetMapping("/frontline/mine.ics")
	void mine(@AuthenticationPrincipal SignedInAccount me, HttpServletResponse response, Locale locale)
			throws IOException {
		List<RideAlong> all = new ArrayList<>(this.rideAlongs.ofLeader(me.getPersonId()));
		this.rideAlongs.comingTo(me.getPersonId())
			.stream()
			.filter((r) -> r.getAgent() != null && r.getAgent().getId() == me.getPersonId())
			.forEach(all::add);
		all.sort(Comparator.comparing(RideAlong::getStartsAt));
		write(response, "my-ride-alongs.ics", this.messages.getMessage("frontline.calendar.mine", null, locale), all,
				locale);
	}

	private void write(HttpServletResponse response, String fileName, String name, List<RideAlong> rideAlongs,
			Locale locale) throws IOException {
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.calendar.write(name, rideAlongs, (rideAlong) -> summary(rideAlong, locale), this.address.base(), writer);
		writer.flush();
	}

	private String summary(RideAlong rideAlong, Locale locale) {
		return this.messages.getMessage("frontline.calendar.summary", new Object[] { rideAlong.getLeader().getName(),
				rideAlong.withWhom(), this.messages.getMessage(rideAlong.getChannel().messageKey(), null, locale) },
				locale);
	}

	static boolean isManager(SignedInAccount me) {
		return me.getRole() == Role.MANAGER || me.getRole() == Role.ADMIN;
	}

}
