package org.serviceweek.account.web;

import jakarta.validation.Valid;

import org.serviceweek.account.AccountRuleException;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.PasswordRejectedException;
import org.serviceweek.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * First run: creates the first administrator. Gone (404) once that is done.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final Accounts accounts;

	SetupController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("setup") SetupForm form) {
		requireFirstRun();
		return "account/setup";
	}

	@PostMapping
	String install(@Valid @ModelAttribute("setup") SetupForm form, BindingResult result, RedirectAttributes redirect) {
		requireFirstRun();
		PasswordChecks.confirm(form.getPassword(), form.getConfirmPassword(), result);
		if (result.hasErrors()) {
			return "account/setup";
		}
		try {
			this.accounts.install(form.getName(), form.getEmail(), form.getPassword());
		}
		catch (PasswordRejectedException ex) {
			PasswordChecks.reject(ex.getProblems(), result);
			return "account/setup";
		}
		catch (AccountRuleException ex) {
			throw new NotFoundException("Already set up");
		}
		redirect.addFlashAttribute("success", "setup.done");
		return "redirect:/login";
	}

	private void requireFirstRun() {
		if (this.accounts.isInstalled()) {
			throw new NotFoundException("Already set up");
		}
	}

}
