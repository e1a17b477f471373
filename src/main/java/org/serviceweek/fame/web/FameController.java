package org.serviceweek.fame.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.fame.Certificates;
import org.serviceweek.fame.FameRuleException;
import org.serviceweek.fame.Induction;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Managers run the wall of fame: nominations by nominee, inductions by year, award
 * categories and the ceremony's certificates.
 */
@Controller
@RequestMapping("/fame")
class FameController {

	private final WallOfFame fame;

	private final Certificates certificates;

	private final People people;

	private final Clock clock;

	FameController(WallOfFame fame, Certificates certificates, People people, Clock clock) {
		this.fame = fame;
		this.certificates = certificates;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("nominees", this.fame.openNominations());
		model.addAttribute("years", this.fame.allByYear());
		return "fame/overview";
	}

	@GetMapping("/inductions/new")
	String newInduction(@RequestParam(required = false) Long person, Model model) {
		InductionForm form = new InductionForm();
		form.setYear(this.fame.currentYear());
		if (person != null && this.people.find(person).isPresent()) {
			form.setPersonId(person);
		}
		return form(form, null, model);
	}

	@PostMapping("/inductions")
	String induct(@ModelAttribute("form") InductionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(form, null, model);
		}
		try {
			Induction induction = this.fame.induct(me.getPersonId(), form.toRequest());
			redirect.addFlashAttribute("success", "fame.induction.added");
			redirect.addFlashAttribute("successArgument", induction.getPerson().getName());
			return "redirect:/fame#induction-" + induction.getId();
		}
		catch (FameRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			return form(form, null, model);
		}
	}

	@GetMapping("/inductions/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Induction induction = this.fame.get(id);
		InductionForm form = new InductionForm();
		form.setPersonId(induction.getPerson().getId());
		form.setCategoryId(induction.getCategory().getId());
		form.setYear(induction.getYear());
		form.setCitation(induction.getCitation());
		form.getShoutOutIds().addAll(induction.getShoutOutIds());
		form.setVersion(induction.getVersion());
		return form(form, induction, model);
	}

	@PostMapping("/inductions/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") InductionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.fame.update(id, form.getVersion(), form.toRequest());
			redirect.addFlashAttribute("success", "fame.induction.saved");
			return "redirect:/fame#induction-" + id;
		}
		catch (FameRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Keep what was typed; show what the other person saved.
			Induction current = this.fame.get(id);
			result.reject("fame.induction.conflict");
			model.addAttribute("current", current);
			form.setVersion(current.getVersion());
		}
		return form(form, this.fame.get(id), model);
	}

	@PostMapping("/inductions/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		Induction induction = this.fame.get(id);
		this.fame.remove(id);
		redirect.addFlashAttribute("success", "fame.induction.removed");
		redirect.addFlashAttribute("successArgument", induction.getPerson().getName());
		return "redirect:/fame";
	}

	@GetMapping("/inductions/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, Locale locale) {
		Induction induction = this.fame.get(id);
		byte[] pdf = this.certificates.render(this.fame.certificate(id), locale);
		String name = "certificate-" + induction.getYear() + "-"
				+ induction.getPerson().getName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	@PostMapping("/nominations/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		this.fame.declineNomination(id, me.getPersonId());
		redirect.addFlashAttribute("success", "fame.nomination.declined");
		return "redirect:/fame";
	}

	@GetMapping("/categories")
	String categories(Model model) {
		model.addAttribute("categories", this.fame.allCategories());
		return "fame/categories";
	}

	@PostMapping("/categories")
	String addCategory(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			Model model, RedirectAttributes redirect) {
		try {
			this.fame.addCategory(name, description);
			redirect.addFlashAttribute("success", "fame.category.added");
			return "redirect:/fame/categories";
		}
		catch (FameRuleException ex) {
			model.addAttribute("categories", this.fame.allCategories());
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("errorField", ex.getField());
			model.addAttribute("errorArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
			model.addAttribute("name", name);
			model.addAttribute("description", description);
			return "fame/categories";
		}
	}

	@PostMapping("/categories/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.fame.setCategoryActive(id, active);
		redirect.addFlashAttribute("success", active ? "fame.category.reinstated" : "fame.category.retired");
		return "redirect:/fame/categories";
	}

	private String form(InductionForm form, Induction induction, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("induction", induction);
		model.addAttribute("categories",
				(induction != null) ? this.fame.allCategories() : this.fame.activeCategories());
		model.addAttribute("people", this.people.choices(Collections.singleton(form.getPersonId())));
		Person person = (induction != null) ? induction.getPerson()
				: (form.getPersonId() != null) ? this.people.find(form.getPersonId()).orElse(null) : null;
		model.addAttribute("person", person);
		// A form sent back without a valid person chooses one in the same form, keeping
		// what was typed.
		model.addAttribute("choosePerson", person == null);
		model.addAttribute("candidates", (person != null) ? this.fame.candidateShoutOuts(person.getId()) : List.of());
		model.addAttribute("zone", this.clock.getZone());
		return "fame/induction-form";
	}

}
