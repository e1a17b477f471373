package org.serviceweek.notification.web;

import java.time.Clock;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.Notices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/notices")
class NoticesController {

	private final Notices notices;

	private final Clock clock;

	NoticesController(Notices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("notices", this.notices.latest(me.getPersonId()));
		model.addAttribute("zone", this.clock.getZone());
		return "notification/notices";
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal SignedInAccount me) {
		this.notices.markAllRead(me.getPersonId());
		return "redirect:/notices";
	}

}
