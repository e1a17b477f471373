package org.serviceweek.stats.web;

import jakarta.servlet.http.HttpServletRequest;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.stats.Leaderboard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the shout-out pages whether to link to the leaderboard: only while one is open,
 * and only on pages a signed-in person reads (one small query).
 */
@ControllerAdvice(basePackages = "org.serviceweek.shoutout.web")
class LeaderboardLinkAdvice {

	private final Leaderboard leaderboard;

	LeaderboardLinkAdvice(Leaderboard leaderboard) {
		this.leaderboard = leaderboard;
	}

	@ModelAttribute("leaderboardOpen")
	boolean leaderboardOpen(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request) {
		return me != null && "GET".equals(request.getMethod()) && this.leaderboard.isOpen();
	}

}
