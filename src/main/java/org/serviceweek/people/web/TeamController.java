package org.serviceweek.people.web;

import jakarta.validation.Valid;

import org.serviceweek.people.People;
import org.serviceweek.people.Team;
import org.serviceweek.people.TeamNameTakenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/teams")
class TeamController {

	private final People people;

	TeamController(People people) {
		this.people = people;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", this.people.teamSummaries());
		return "people/teams";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("team", this.people.getTeam(id));
		model.addAttribute("members", this.people.members(id));
		return "people/team";
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		model.addAttribute("form", new TeamForm());
		return "people/team-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Team team = this.people.addTeam(form.getName());
				redirect.addFlashAttribute("success", "teams.added");
				return "redirect:/teams/" + team.getId();
			}
			catch (TeamNameTakenException ex) {
				result.rejectValue("name", "teams.nameTaken");
			}
		}
		return "people/team-form";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Team team = this.people.getTeam(id);
		model.addAttribute("team", team);
		model.addAttribute("form", TeamForm.of(team));
		model.addAttribute("members", this.people.members(id));
		return "people/team-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		Team team = this.people.getTeam(id);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : team.getVersion();
				this.people.updateTeam(id, version, form.getName(), form.getLeadId());
				redirect.addFlashAttribute("success", "teams.saved");
				return "redirect:/teams/" + id;
			}
			catch (TeamNameTakenException ex) {
				result.rejectValue("name", "teams.nameTaken");
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("leadId", "teams.leadNotMember");
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				Team current = this.people.getTeam(id);
				result.reject("people.conflict");
				form.setVersion(current.getVersion());
				response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
				team = current;
			}
		}
		model.addAttribute("team", team);
		model.addAttribute("members", this.people.members(id));
		return "people/team-form";
	}

}
