package org.serviceweek.shoutout.web;

import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ShoutOutRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers keep the list of company values that shout-outs show.
 */
@Controller
@RequestMapping("/values")
class ValuesController {

	private final CompanyValues values;

	ValuesController(CompanyValues values) {
		this.values = values;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("values", this.values.all());
		return "shoutout/values";
	}

	@PostMapping
	String add(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			Model model, RedirectAttributes redirect) {
		String problem = null;
		if (name != null && name.strip().length() > 60) {
			problem = "values.nameTooLong";
		}
		else if (description != null && description.strip().length() > 200) {
			problem = "values.descriptionTooLong";
		}
		if (problem == null) {
			try {
				this.values.add(name, description);
				redirect.addFlashAttribute("success", "values.added");
				return "redirect:/values";
			}
			catch (ShoutOutRuleException ex) {
				problem = ex.getMessageKey();
			}
		}
		model.addAttribute("values", this.values.all());
		model.addAttribute("nameError", problem);
		model.addAttribute("name", name);
		model.addAttribute("description", description);
		return "shoutout/values";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.values.setActive(id, active);
		redirect.addFlashAttribute("success", active ? "values.reinstated" : "values.retired");
		return "redirect:/values";
	}

}
