package org.serviceweek.frontline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.FrontlineRuleException;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlong;
import org.serviceweek.frontline.RideAlongConflictException;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.people.People;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * A leader books a slot, changes or cancels it until it starts, and writes what they
 * learned once it has started. Only the leader or a manager touches a booking.
 */
@Controller
@RequestMapping("/frontline/bookings")
class BookingController {

	private final RideAlongs rideAlongs;

	private final Leaders leaders;

	private final People people;

	private final Clock clock;

	BookingController(RideAlongs rideAlongs, Leaders leaders, People people, Clock clock) {
		this.rideAlongs = rideAlongs;
		this.leaders = leaders;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newBooking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long agent,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		checkLeader(me);
		LocalDate today = LocalDate.now(this.clock);
		BookingForm form = new BookingForm();
		form.setDate((date != null && !date.isBefore(today)) ? date : today.plusDays(1));
		form.setStartsAt(LocalTime.of(10, 0));
		if (team != null) {
			form.setWithWhom(BookingForm.team(team));
		}
		else if (agent != null) {
			form.setWithWhom(BookingForm.person(agent));
		}
		return form(form, null, model);
	}

	@PostMapping("/new")
	String book(@ModelAttribute("form") BookingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		checkLeader(me);
		if (!result.hasErrors()) {
			try {
				RideAlong rideAlong = this.rideAlongs.book(me.getPersonId(), form.toBooking());
				redirect.addFlashAttribute("success", "frontline.booking.booked");
				return "redirect:/frontline/bookings/" + rideAlong.getId();
			}
			catch (FrontlineRuleException ex) {
				reject(ex, result);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model,
			RedirectAttributes redirect) {
		RideAlong rideAlong = mayChange(id, me);
		if (rideAlong.isCancelled() || rideAlong.hasStarted(this.clock.instant())) {
			redirect.addFlashAttribute("failure", rideAlong.isCancelled() ? "frontline.booking.cancelledNoChange"
					: "frontline.booking.startedNoChange");
			return "redirect:/frontline/bookings/" + id;
		}
		return form(BookingForm.of(rideAlong, this.clock.getZone()), rideAlong, model);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") BookingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RideAlong rideAlong = mayChange(id, me);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : rideAlong.getVersion();
				this.rideAlongs.change(id, version, me.getPersonId(), FrontlineController.isManager(me),
						form.toBooking());
				redirect.addFlashAttribute("success", "frontline.booking.changed");
				return "redirect:/frontline/bookings/" + id;
			}
			catch (RideAlongConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("frontline.conflict");
				rideAlong = ex.getCurrent();
				form.setVersion(rideAlong.getVersion());
				model.addAttribute("current", rideAlong);
			}
			catch (FrontlineRuleException ex) {
				reject(ex, result);
			}
		}
		return form(form, rideAlong, model);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			this.rideAlongs.cancel(id, me.getPersonId(), FrontlineController.isManager(me));
			redirect.addFlashAttribute("success", "frontline.booking.cancelled");
		}
		catch (FrontlineRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/frontline/bookings/" + id;
	}

	@GetMapping("/{id}/learned")
	String learnedForm(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model,
			RedirectAttributes redirect) {
		RideAlong rideAlong = mayChange(id, me);
		if (rideAlong.isCancelled() || !rideAlong.hasStarted(this.clock.instant())) {
			redirect.addFlashAttribute("failure",
					rideAlong.isCancelled() ? "frontline.learned.cancelled" : "frontline.learned.notYet");
			return "redirect:/frontline/bookings/" + id;
		}
		LearnedForm form = new LearnedForm();
		form.setLearned(rideAlong.getLearned());
		form.setVersion(rideAlong.getVersion());
		return learnedPage(form, rideAlong, model);
	}

	@PostMapping("/{id}/learned")
	String learned(@PathVariable long id, @ModelAttribute("form") LearnedForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RideAlong rideAlong = mayChange(id, me);
		try {
			long version = (form.getVersion() != null) ? form.getVersion() : rideAlong.getVersion();
			this.rideAlongs.recordLearning(id, version, me.getPersonId(), FrontlineController.isManager(me),
					form.getLearned());
			redirect.addFlashAttribute("success", "frontline.learned.saved");
			return "redirect:/frontline/bookings/" + id;
		}
		catch (RideAlongConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("frontline.conflict");
			rideAlong = ex.getCurrent();
			form.setVersion(rideAlong.getVersion());
			model.addAttribute("current", rideAlong);
		}
		catch (FrontlineRuleException ex) {
			reject(ex, result);
		}
		return learnedPage(form, rideAlong, model);
	}

	private String learnedPage(LearnedForm form, RideAlong rideAlong, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rideAlong", rideAlong);
		model.addAttribute("maxLearned", RideAlong.MAX_LEARNED);
		model.addAttribute("zone", this.clock.getZone());
		return "frontline/learned";
	}

	private String form(BookingForm form, RideAlong rideAlong, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rideAlong", rideAlong);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("teams", this.people.teams());
		model.addAttribute("agents", this.people.choices(Collections.singleton(form.toBooking().agentId())));
		model.addAttribute("maxNote", RideAlong.MAX_NOTE);
		model.addAttribute("zone", this.clock.getZone());
		return "frontline/booking-form";
	}

	private RideAlong mayChange(long id, SignedInAccount me) {
		return this.rideAlongs.getToChange(id, me.getPersonId(), FrontlineController.isManager(me));
	}

	private void checkLeader(SignedInAccount me) {
		this.leaders.checkLeader(me.getPersonId());
	}

	private static void reject(FrontlineRuleException ex, BindingResult result) {
		String field = ex.getField();
		if ("teamId".equals(field) || "agentId".equals(field)) {
			field = "withWhom";
		}
		if (field != null) {
			result.rejectValue(field, ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

}
