package org.serviceweek.account.web;

import org.serviceweek.account.DemoSignInNotice;
import org.serviceweek.account.SignInThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final DemoSignInNotice demo;

	private final SignInThrottle throttle;

	SignInController(DemoSignInNotice demo, SignInThrottle throttle) {
		this.demo = demo;
		this.throttle = throttle;
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
		return "account/sign-in";
	}

}
