package org.serviceweek.shoutout.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.serviceweek.shoutout.CustomerThanks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public form where a customer thanks an agent. What they send waits for a manager.
 */
@Controller
@RequestMapping("/thanks")
class ThanksController {

	private final CustomerThanks thanks;

	ThanksController(CustomerThanks thanks) {
		this.thanks = thanks;
	}

	@GetMapping
	String form(@ModelAttribute("form") ThanksForm form) {
		return "shoutout/thanks";
	}

	@PostMapping
	String send(@Valid @ModelAttribute("form") ThanksForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return "shoutout/thanks";
		}
		try {
			this.thanks.submit(form.getAgentName(), form.getMessage(), form.getCustomerName(), form.getCustomerEmail(),
					request.getRemoteAddr(), form.getWebsite());
		}
		catch (CustomerThanks.ThanksRateLimitedException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("failure", "thanks.tooMany");
			return "shoutout/thanks";
		}
		return "redirect:/thanks/sent";
	}

	@GetMapping("/sent")
	String sent() {
		return "shoutout/thanks-sent";
	}

}
