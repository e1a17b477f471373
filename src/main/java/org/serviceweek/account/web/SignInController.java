package org.serviceweek.account.web;

import java.util.Set;

import org.serviceweek.account.CompanySignIn;
import org.serviceweek.account.DemoSignInNotice;
import org.serviceweek.account.SignInThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	/** Why a sign-in with the company account failed, each with its own message. */
	private static final Set<String> COMPANY_SIGN_IN_FAILURES = Set.of("denied", "disabled", "email", "linked",
			"expired", "unavailable", "failed");

	private final DemoSignInNotice demo;

	private final SignInThrottle throttle;

	private final CompanySignIn companySignIn;

	SignInController(DemoSignInNotice demo, SignInThrottle throttle, ObjectProvider<CompanySignIn> companySignIn) {
		this.demo = demo;
		this.throttle = throttle;
		this.companySignIn = companySignIn.getIfAvailable();
	}

	@GetMapping("/login")
	String signIn(Model model, jakarta.servlet.http.HttpServletRequest request) {
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null && !model.containsAttribute("username")) {
			Object last = session.getAttribute(org.serviceweek.account.SecurityConfiguration.LAST_USERNAME);
			if (last != null && (request.getParameter("error") != null || request.getParameter("locked") != null)) {
				model.addAttribute("username", last);
			}
		}
		model.addAttribute("demoCredentials", this.demo.credentials());
		model.addAttribute("maxFailures", this.throttle.maxFailures());
		model.addAttribute("lockMinutes", this.throttle.lockDuration().toMinutes());
		model.addAttribute("companySignIn", this.companySignIn);
		String failure = request.getParameter("sso");
		if (failure != null) {
			model.addAttribute("companySignInFailure", COMPANY_SIGN_IN_FAILURES.contains(failure) ? failure : "failed");
		}
		return "account/sign-in";
	}

}
