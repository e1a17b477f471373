package org.serviceweek.stats.web;

import java.util.List;

import org.serviceweek.stats.Leaderboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The leaderboard for everyone signed in, while a manager has it open; a friendly page
 * otherwise.
 */
@Controller
class LeaderboardController {

	private final Leaderboard leaderboard;

	LeaderboardController(Leaderboard leaderboard) {
		this.leaderboard = leaderboard;
	}

	@GetMapping("/leaderboard")
	String leaderboard(Model model) {
		Leaderboard.Status status = this.leaderboard.status();
		model.addAttribute("status", status);
		model.addAttribute("entries", status.isOpen() ? this.leaderboard.top() : List.of());
		return "stats/leaderboard";
	}

}
