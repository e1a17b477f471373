package org.serviceweek.account.web;

import jakarta.validation.Valid;

import org.serviceweek.account.Accounts;
import org.serviceweek.account.InvitationClosedException;
import org.serviceweek.account.OpenInvitation;
import org.serviceweek.account.PasswordRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invited person opens their link and chooses a password.
 */
@Controller
@RequestMapping("/invitations/{token}")
class AcceptInvitationController {

	private final Accounts accounts;

	AcceptInvitationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form, Model model) {
		model.addAttribute("invitation", open(token));
		model.addAttribute("token", token);
		return "account/accept-invitation";
	}

	@PostMapping
	String accept(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OpenInvitation invitation = open(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		PasswordChecks.confirm(form.getPassword(), form.getConfirmPassword(), result);
		if (result.hasErrors()) {
			return "account/accept-invitation";
		}
		try {
			this.accounts.acceptInvitation(token, form.getPassword());
		}
		catch (PasswordRejectedException ex) {
			PasswordChecks.reject(ex.getProblems(), result);
			return "account/accept-invitation";
		}
		redirect.addFlashAttribute("success", "invitation.accepted");
		redirect.addFlashAttribute("username", invitation.email());
		return "redirect:/login";
	}

	private OpenInvitation open(String token) {
		return this.accounts.findOpenInvitation(token).orElseThrow(InvitationClosedException::new);
	}

}
