package org.serviceweek.shoutout.web;

import java.time.Clock;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's recognition: what they received and gave, by year.
 */
@Controller
class PersonShoutOutsController {

	private final ShoutOuts shoutOuts;

	private final Clock clock;

	PersonShoutOutsController(ShoutOuts shoutOuts, Clock clock) {
		this.shoutOuts = shoutOuts;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/shoutouts")
	String recognition(@PathVariable long id, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("recognition",
				this.shoutOuts.recognitionOf(id, me.getPersonId(), this.clock.getZone(), year));
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("isManager", me.getRole().mayGrant(org.serviceweek.account.Role.MANAGER));
		return "shoutout/person";
	}

}
