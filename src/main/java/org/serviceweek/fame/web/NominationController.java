package org.serviceweek.fame.web;

import java.util.Collections;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.fame.FameRuleException;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.People;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Any colleague nominates someone for the wall of fame, and sees their own nominations.
 */
@Controller
@RequestMapping("/nominate")
class NominationController {

	private final WallOfFame fame;

	private final People people;

	NominationController(WallOfFame fame, People people) {
		this.fame = fame;
		this.people = people;
	}

	@GetMapping
	String form(@RequestParam(required = false) Long person, @AuthenticationPrincipal SignedInAccount me, Model model) {
		NominationForm form = new NominationForm();
		if (person != null && person != me.getPersonId() && this.people.find(person).isPresent()) {
			form.setNomineeId(person);
		}
		return page(form, me, model);
	}

	@PostMapping
	String nominate(@ModelAttribute("form") NominationForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(form, me, model);
		}
		try {
			try {
				this.fame.nominate(me.getPersonId(), form.getNomineeId(), form.getCategoryId(), form.getReason());
			}
			catch (DataIntegrityViolationException ex) {
				// The same nomination sent twice at once: the second updates the first.
				this.fame.nominate(me.getPersonId(), form.getNomineeId(), form.getCategoryId(), form.getReason());
			}
			redirect.addFlashAttribute("success", "fame.nomination.sent");
			return "redirect:/nominate";
		}
		catch (FameRuleException ex) {
			if (ex.getField() != null) {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
			else {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
			return page(form, me, model);
		}
	}

	private String page(NominationForm form, SignedInAccount me, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categories", this.fame.activeCategories());
		model.addAttribute("people",
				this.people.choices(Collections.singleton(form.getNomineeId())).without(me.getPersonId()));
		model.addAttribute("myPersonId", me.getPersonId());
		model.addAttribute("mine", this.fame.nominationsBy(me.getPersonId()));
		model.addAttribute("year", this.fame.currentYear());
		return "fame/nominate";
	}

}
