package org.serviceweek.wall.web;

import java.time.Clock;

import org.serviceweek.fame.WallOfFame;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: the week's theme and countdown for everyone; for visitors the latest of
 * the public wall and the wall of fame, for the signed in the way in.
 */
@Controller
class HomeController {

	private final ShoutOuts shoutOuts;

	private final WallOfFame fame;

	private final Clock clock;

	HomeController(ShoutOuts shoutOuts, WallOfFame fame, Clock clock) {
		this.shoutOuts = shoutOuts;
		this.fame = fame;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		boolean visitor = authentication == null || authentication instanceof AnonymousAuthenticationToken;
		if (visitor) {
			model.addAttribute("cards", this.shoutOuts.publicWall(PageRequest.of(0, 6)));
			model.addAttribute("inductees", this.fame.latestPublic(3));
			model.addAttribute("reactionKinds", ReactionKind.values());
			model.addAttribute("zone", this.clock.getZone());
		}
		return "wall/home";
	}

}
