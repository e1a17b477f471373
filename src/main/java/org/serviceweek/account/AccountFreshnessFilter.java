package org.serviceweek.account;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account changed under it: disabled, given
 * another role, its password or email changed elsewhere. Without this, a session would
 * keep the rights it had when it began for hours.
 */
class AccountFreshnessFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	AccountFreshnessFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount me && !isCurrent(me)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isCurrent(SignedInAccount me) {
		return this.accounts.state(me.getAccountId())
			.filter(Accounts.AccountState::enabled)
			.filter((state) -> state.role() == me.getRole())
			.filter((state) -> state.email().equals(me.getUsername()))
			.filter((state) -> me.getPasswordChangedAt() == null || state.passwordChangedAt()
				.truncatedTo(ChronoUnit.MILLIS)
				.equals(me.getPasswordChangedAt().truncatedTo(ChronoUnit.MILLIS)))
			.isPresent();
	}

}
