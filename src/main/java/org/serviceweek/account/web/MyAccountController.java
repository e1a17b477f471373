package org.serviceweek.account.web;

import jakarta.validation.Valid;

import org.serviceweek.account.AccountRuleException;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.PasswordRejectedException;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
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
 * A person's own account: public-wall consent and password.
 */
@Controller
@RequestMapping("/account")
class MyAccountController {

	private final Accounts accounts;

	private final People people;

	MyAccountController(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("person", this.people.get(me.getPersonId()));
		return "account/my-account";
	}

	@PostMapping("/consent")
	String consent(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "false") boolean consent,
			RedirectAttributes redirect) {
		this.people.changePublicConsent(me.getPersonId(), consent);
		redirect.addFlashAttribute("success", consent ? "account.consent.given" : "account.consent.withdrawn");
		return "redirect:/account";
	}

	@GetMapping("/password")
	String passwordForm(@ModelAttribute("passwordForm") NewPasswordForm form) {
		return "account/change-password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal SignedInAccount me,
			@Valid @ModelAttribute("passwordForm") NewPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		PasswordChecks.confirm(form.getPassword(), form.getConfirmPassword(), result);
		if (result.hasErrors()) {
			return "account/change-password";
		}
		try {
			this.accounts.changePassword(me.getAccountId(), form.getCurrentPassword(), form.getPassword());
		}
		catch (AccountRuleException ex) {
			result.rejectValue("currentPassword", ex.getMessageKey());
			return "account/change-password";
		}
		catch (PasswordRejectedException ex) {
			PasswordChecks.reject(ex.getProblems(), result);
			return "account/change-password";
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/account";
	}

}
