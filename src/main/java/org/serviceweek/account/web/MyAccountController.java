package org.serviceweek.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.serviceweek.account.AccountRuleException;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.PasswordRejectedException;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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

	private final UserDetailsService userDetails;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	private final org.serviceweek.account.DemoSignInNotice demoNotice;

	MyAccountController(Accounts accounts, People people, UserDetailsService userDetails,
			org.serviceweek.account.DemoSignInNotice demoNotice) {
		this.demoNotice = demoNotice;
		this.accounts = accounts;
		this.people = people;
		this.userDetails = userDetails;
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
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		PasswordChecks.confirm(form.getPassword(), form.getConfirmPassword(), result);
		if (form.getPassword() != null && form.getPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("password", "password.sameAsCurrent");
		}
		try {
			this.accounts.checkPassword(form.getPassword(), me.getUsername(), me.getDisplayName());
		}
		catch (PasswordRejectedException ex) {
			if (!result.hasFieldErrors("password")) {
				PasswordChecks.reject(ex.getProblems(), result);
			}
		}
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
		this.demoNotice.forget(me.getUsername());
		// Other sessions of this account end (see AccountFreshnessFilter); this one
		// carries on.
		UserDetails fresh = this.userDetails.loadUserByUsername(me.getUsername());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/account";
	}

}
