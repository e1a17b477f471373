package org.serviceweek.shoutout.web;

import java.time.Clock;

import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public wall: approved shout-outs about people who agreed to be shown, for anyone.
 */
@Controller
class WallController {

	private final ShoutOuts shoutOuts;

	private final Clock clock;

	WallController(ShoutOuts shoutOuts, Clock clock) {
		this.shoutOuts = shoutOuts;
		this.clock = clock;
	}

	@GetMapping("/wall")
	String wall(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cards", this.shoutOuts.publicWall(PageRequest.of(Math.min(Math.max(0, page), 10_000), 24)));
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", this.clock.getZone());
		return "shoutout/wall";
	}

}
