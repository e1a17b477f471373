package org.serviceweek.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.shared.PublicContent;
import org.serviceweek.shared.RecentValues;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public wall's pages as visitors get them, kept in memory for a few seconds, or a
 * minute on embedded H2 ({@link PublicContent#freshFor()}), so that a crowd of visitors
 * (a link shared with the whole company) costs one rendering per page and language, not
 * one per visit.
 * <p>
 * Only what is the same for every visitor is kept: a GET without cookies or credentials,
 * answered 200 with HTML and without starting a session. It is kept per address (with its
 * query), language and scheme; a change visitors can see, made on this instance
 * ({@link PublicContent}), makes every kept page stale at once.
 * <p>
 * A kept page is answered before the session and Spring Security's filters, which were
 * most of its cost: a request without a session or remember-me cookie cannot be signed
 * in. It gets the headers its rendering got from them (the security and cache headers,
 * its language) and a request id of its own. A page that is missing or stale is rendered
 * through every filter, so whatever they refuse is never kept.
 */
@Configuration(proxyBeanMethods = false)
class VisitorPages {

	/** The pages kept: the wall (with any filter) and the hall of fame. */
	static final String[] PATHS = { "/wall", "/wall/fame" };

	/** At most this many pages are kept (any more, and all are forgotten). */
	static final int MAX_PAGES = 200;

	@Bean
	FilterRegistrationBean<Filter> visitorPagesFilter(PublicContent content, LocaleResolver localeResolver) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new Filter(new RecentValues<>(content.freshFor(), MAX_PAGES, content), localeResolver));
		registration.addUrlPatterns(PATHS);
		// After the request id (access log) and the request metrics; before the session,
		// the first-run check and Spring Security.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	static class Filter extends OncePerRequestFilter {

		/** Written for each response, or never kept. */
		private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-language",
				"transfer-encoding", "date", "set-cookie");

		private final RecentValues<Key, Page> pages;

		private final LocaleResolver localeResolver;

		Filter(RecentValues<Key, Page> pages, LocaleResolver localeResolver) {
			this.pages = pages;
			this.localeResolver = localeResolver;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isVisitor(request)) {
				chain.doFilter(request, response);
				return;
			}
			Key key = new Key(request.getRequestURI(), request.getQueryString(),
					this.localeResolver.resolveLocale(request), request.isSecure());
			ContentCachingResponseWrapper[] rendered = new ContentCachingResponseWrapper[1];
			Page page;
			try {
				// One request renders a page that is missing or stale; the others
				// meanwhile get the last one, if there is one.
				page = this.pages.getOrLast(key, () -> {
					rendered[0] = new ContentCachingResponseWrapper(response);
					Set<String> before = new HashSet<>(response.getHeaderNames());
					render(request, rendered[0], chain);
					return isTheSameForEveryVisitor(request, rendered[0])
							? new Page(rendered[0].getContentAsByteArray(), rendered[0].getContentType(),
									rendered[0].getLocale(), headersAdded(rendered[0], before))
							: null;
				});
			}
			catch (RenderingFailed ex) {
				if (ex.getCause() instanceof ServletException servlet) {
					throw servlet;
				}
				throw (IOException) ex.getCause();
			}
			if (rendered[0] != null) {
				rendered[0].copyBodyToResponse();
			}
			else {
				response.setStatus(HttpServletResponse.SC_OK);
				page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
				// The language first: it would otherwise pick the character set.
				response.setLocale(page.locale());
				response.setContentType(page.contentType());
				response.setContentLength(page.body().length);
				response.getOutputStream().write(page.body());
			}
		}

		/** The headers the filters and the page added, but for those of the body. */
		private static Map<String, List<String>> headersAdded(HttpServletResponse response, Set<String> before) {
			Map<String, List<String>> added = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!before.contains(name) && !BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					added.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			return Collections.unmodifiableMap(added);
		}

		private static void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException ex) {
				throw new RenderingFailed(ex);
			}
		}

		/**
		 * A GET without any cookie or credentials: whoever signed in carries a session or
		 * remember-me cookie, whatever its name, and a visitor with a cookie of another
		 * app on the same host gets a page of their own, which is merely slower.
		 */
		private static boolean isVisitor(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || request.getCookies() != null
					|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
				return false;
			}
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			return signedIn == null || signedIn instanceof AnonymousAuthenticationToken;
		}

		private static boolean isTheSameForEveryVisitor(HttpServletRequest request,
				ContentCachingResponseWrapper response) {
			return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
					&& response.getContentType().startsWith("text/html")
					&& !response.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null;
		}

	}

	/** Carries a checked exception of the filter chain out of the cache's loader. */
	static class RenderingFailed extends RuntimeException {

		RenderingFailed(Exception cause) {
			super(cause);
		}

	}

	/** Secure or not: the HSTS header is only for a secure request. */
	record Key(String path, String query, Locale locale, boolean secure) {
	}

	record Page(byte[] body, String contentType, Locale locale, Map<String, List<String>> headers) {
	}

}
