package org.serviceweek.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /actuator/prometheus}: a signed-in administrator (whose account is
 * still an enabled administrator), or a scraper that sends the configured token as
 * {@code Authorization: Bearer <token>}. Without a configured token only administrators
 * may. Nobody else gets anything: 401 without credentials or with a wrong token, 403 for
 * other roles. The token opens this one endpoint and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	static final String PATH = "/actuator/prometheus";

	/** The authority a request with the right token gets for that request only. */
	static final String SCRAPER = "METRICS_SCRAPER";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, Accounts accounts,
			@Value("${serviceweek.metrics.token:}") String token) {
		http.securityMatcher(PATH)
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(readers(accounts)))
			.addFilterBefore(new BearerTokenFilter(token), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer realm=\"serviceweek\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}))
			// A scraper's refused request must not start a session.
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> readers(Accounts accounts) {
		return (authentication, context) -> {
			Authentication who = authentication.get();
			if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
				return new AuthorizationDecision(false);
			}
			if (who.getAuthorities().stream().anyMatch((granted) -> SCRAPER.equals(granted.getAuthority()))) {
				return new AuthorizationDecision(true);
			}
			// This chain does not run the main chain's freshness check, so look at the
			// account as it is stored now.
			return new AuthorizationDecision(
					who.getPrincipal() instanceof SignedInAccount account && account.getRole() == Role.ADMIN
							&& accounts.state(account.getAccountId())
								.filter((state) -> state.enabled() && state.role() == Role.ADMIN)
								.isPresent());
		};
	}

	/**
	 * Checks {@code Authorization: Bearer <token>} against the configured token, in
	 * constant time. A request without that header goes on as it is (an administrator's
	 * session); a wrong token gets 401 at once.
	 */
	static class BearerTokenFilter extends OncePerRequestFilter {

		private final byte[] expected;

		BearerTokenFilter(String token) {
			this.expected = (token != null && !token.isBlank()) ? sha256(token.strip()) : null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
				chain.doFilter(request, response);
				return;
			}
			String given = header.substring("bearer ".length()).strip();
			if (this.expected == null || !MessageDigest.isEqual(this.expected, sha256(given))) {
				response.setHeader("WWW-Authenticate", "Bearer realm=\"serviceweek\", error=\"invalid_token\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
					List.of(new SimpleGrantedAuthority(SCRAPER))));
			// For this request only: nothing is saved in a session.
			SecurityContextHolder.setContext(context);
			chain.doFilter(request, response);
		}

		/** Hashing first makes the comparison take the same time whatever the lengths. */
		private static byte[] sha256(String value) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
