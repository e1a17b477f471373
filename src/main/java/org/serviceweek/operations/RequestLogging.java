package org.serviceweek.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shared.web.WithheldAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it looks sane,
 * otherwise a new one. It is in the logging MDC as {@code requestId} while the request
 * runs (so every log line carries it, and structured JSON logs have it as a field), goes
 * back in the response's {@code X-Request-Id} header, and ends the request's access log
 * line (logger {@code org.serviceweek.access}): method, path (no query string, secrets in
 * the path masked), status, duration, request id and the signed-in account's id.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

	static final String HEADER = "X-Request-Id";

	static final String MDC_REQUEST_ID = "requestId";

	static final String MDC_ACCOUNT_ID = WithheldAccount.MDC_KEY;

	static final String ACCESS_LOGGER = "org.serviceweek.access";

	private static final String ACCOUNT_ATTRIBUTE = RequestLogging.class.getName() + ".accountId";

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// First of all, so that even the first-run redirect and the security filters log
		// with the id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignedInAccountFilter> signedInAccountFilter() {
		FilterRegistrationBean<SignedInAccountFilter> registration = new FilterRegistrationBean<>(
				new SignedInAccountFilter());
		// Right after Spring Security, which knows by then who is signed in.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** Sets and clears the request id; writes the access log line. */
	static class RequestIdFilter extends OncePerRequestFilter {

		private static final Logger access = LoggerFactory.getLogger(ACCESS_LOGGER);

		/** What an incoming id may look like: short, and nothing a log could misread. */
		private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

		private static final String ID_ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			// Error pages render after this filter's request dispatch ended: they need
			// the id again.
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Object earlier = request.getAttribute(ID_ATTRIBUTE);
			if (earlier instanceof String id) {
				// An error page or async dispatch of a request that already has its id.
				withId(id, request, response, chain);
				return;
			}
			String id = requestId(request.getHeader(HEADER));
			request.setAttribute(ID_ATTRIBUTE, id);
			response.setHeader(HEADER, id);
			long started = System.nanoTime();
			try {
				withId(id, request, response, chain);
			}
			finally {
				long millis = (System.nanoTime() - started) / 1_000_000;
				MDC.put(MDC_REQUEST_ID, id);
				try {
					logAccess(request, response, millis);
				}
				finally {
					MDC.remove(MDC_REQUEST_ID);
				}
			}
		}

		private static void withId(String id, HttpServletRequest request, HttpServletResponse response,
				FilterChain chain) throws ServletException, IOException {
			String outer = MDC.get(MDC_REQUEST_ID);
			MDC.put(MDC_REQUEST_ID, id);
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					MDC.put(MDC_REQUEST_ID, outer);
				}
				else {
					MDC.remove(MDC_REQUEST_ID);
				}
			}
		}

		static String requestId(String incoming) {
			if (incoming != null && SANE_ID.matcher(incoming).matches()) {
				return incoming;
			}
			// Random enough to tell requests apart, not a secret: UUID.randomUUID()
			// draws from the shared SecureRandom, whose lock every request thread queued
			// for under load (docs/performance.md).
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
					(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
				.toString();
		}

		private static void logAccess(HttpServletRequest request, HttpServletResponse response, long millis) {
			if (!access.isInfoEnabled()) {
				return;
			}
			String path = maskSecrets(request.getRequestURI());
			Long accountId = WithheldAccount.isWithheld(request) ? null : accountId(request);
			LoggingEventBuilder line = access.atInfo()
				.addKeyValue("http.method", request.getMethod())
				.addKeyValue("http.path", path)
				.addKeyValue("http.status", response.getStatus())
				.addKeyValue("http.durationMs", millis);
			if (accountId != null) {
				line = line.addKeyValue("accountId", accountId);
			}
			line.log("{} {} {} {} ms{}", request.getMethod(), path, response.getStatus(), millis,
					(accountId != null) ? " account " + accountId : "");
		}

		/**
		 * Who was signed in: known from inside the security filters, or (for a request
		 * they turned away) from the session.
		 */
		private static Long accountId(HttpServletRequest request) {
			if (request.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Long id) {
				return id;
			}
			try {
				HttpSession session = request.getSession(false);
				if (session != null && session.getAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
					return accountIdOf(context.getAuthentication());
				}
			}
			catch (IllegalStateException ex) {
				// Signed out during this request: the session is gone.
			}
			return null;
		}

	}

	/**
	 * Invitation links and calendar feeds carry their secret in the path, and a future
	 * route might too: the known ones, and any long token-like segment, are masked.
	 */
	static String maskSecrets(String path) {
		if (path == null) {
			return "";
		}
		String[] segments = path.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			boolean afterSecretPrefix = i > 0 && (segments[i - 1].equals("invitations")
					|| (segments[i - 1].equals("feeds") && i > 1 && segments[i - 2].equals("calendar")));
			if ((afterSecretPrefix && !segments[i].isEmpty()) || looksLikeToken(segments[i])) {
				segments[i] = "***";
			}
		}
		return String.join("/", segments);
	}

	private static boolean looksLikeToken(String segment) {
		// Tokens are base64url; no route of the app has a segment this long.
		return segment.length() >= 20 && segment.chars()
			.allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_');
	}

	private static Long accountIdOf(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account)
				? account.getAccountId() : null;
	}

	/** Puts the signed-in account's id in the MDC for the rest of the request. */
	static class SignedInAccountFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Long accountId = accountIdOf(SecurityContextHolder.getContext().getAuthentication());
			if (accountId == null) {
				chain.doFilter(request, response);
				return;
			}
			request.setAttribute(ACCOUNT_ATTRIBUTE, accountId);
			MDC.put(MDC_ACCOUNT_ID, String.valueOf(accountId));
			try {
				chain.doFilter(request, response);
			}
			finally {
				MDC.remove(MDC_ACCOUNT_ID);
			}
		}

	}

}
