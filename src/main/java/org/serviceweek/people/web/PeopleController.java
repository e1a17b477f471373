package org.serviceweek.people.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.serviceweek.people.EmailAlreadyUsedException;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The people directory: everyone may browse it, managers keep it up to date.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

	static final int PAGE_SIZE = 25;

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.min(Math.max(page, 0), 100_000), PAGE_SIZE, Sort.by("name", "email"));
		Page<Person> people = this.people.search(q, team, request);
		model.addAttribute("people", people);
		model.addAttribute("q", q);
		model.addAttribute("team", team);
		model.addAttribute("teams", this.people.teams());
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/people")
					.queryParamIfPresent("q", Optional.ofNullable(q).filter((text) -> !text.isBlank()))
					.queryParamIfPresent("team", Optional.ofNullable(team))
					.encode()
					.toUriString());
		return "people/list";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonForm());
		model.addAttribute("teams", this.people.teams());
		return "people/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Person person = this.people.add(form.toDetails());
				redirect.addFlashAttribute("success", "people.added");
				return "redirect:/people/" + person.getId();
			}
			catch (EmailAlreadyUsedException ex) {
				result.rejectValue("email", "people.emailTaken");
			}
		}
		model.addAttribute("teams", this.people.teams());
		return "people/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		return "people/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("form", PersonForm.of(person));
		model.addAttribute("teams", this.people.teams());
		return "people/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		Person person = this.people.get(id);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : person.getVersion();
				this.people.update(id, version, form.toDetails());
				redirect.addFlashAttribute("success", "people.saved");
				return "redirect:/people/" + id;
			}
			catch (EmailAlreadyUsedException ex) {
				result.rejectValue("email", "people.emailTaken");
			}
			catch (org.serviceweek.people.EmailChangeRefusedException ex) {
				result.rejectValue("email", ex.getMessageKey());
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				// Someone saved this person meanwhile: keep what was typed, say so, and
				// let the
				// manager save again on top of the current version if they still want to.
				Person current = this.people.get(id);
				result.reject("people.conflict");
				form.setVersion(current.getVersion());
				response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
				person = current;
			}
		}
		model.addAttribute("person", person);
		model.addAttribute("teams", this.people.teams());
		return "people/form";
	}

	/**
	 * The roster's consent column: a manager records a person's choice in one click.
	 */
	@PostMapping("/{id}/consent")
	String consent(@PathVariable long id, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		Person person = this.people.get(id);
		this.people.changePublicConsent(id, consent);
		redirect.addFlashAttribute("success", consent ? "people.consent.on" : "people.consent.off");
		redirect.addFlashAttribute("successArgument", person.getName());
		if (q != null) {
			redirect.addAttribute("q", q);
		}
		if (team != null) {
			redirect.addAttribute("team", team);
		}
		redirect.addAttribute("page", page);
		return "redirect:/people";
	}

}
