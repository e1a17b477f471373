package org.serviceweek.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the first administrator exists, every page leads to the setup page. There is no
 * default account and no default password.
 */
class FirstRunFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	FirstRunFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAlwaysAvailable(request) && !this.accounts.isInstalled()) {
			response.sendRedirect(request.getContextPath() + "/setup");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAlwaysAvailable(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/setup") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/favicon.ico") || path.startsWith("/actuator/health")
				|| path.equals("/actuator/prometheus") || path.equals("/error");
	}

}
