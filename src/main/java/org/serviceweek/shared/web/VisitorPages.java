package org.serviceweek.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.shared.PublicContent;
import org.serviceweek.shared.RecentValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public wall's pages as visitors get them, kept in memory for a few seconds
 * ({@code serviceweek.wall.fresh-for}), so that a crowd of visitors (a link shared with
 * the whole company) costs one rendering per page and language, not one per visit.
 * <p>
 * Only what is the same for every visitor is kept: a GET without a session or remember-me
 * cookie, not signed in, answered 200 with HTML and without starting a session. It is
 * kept per address (with its query) and language; a change visitors can see, made on this
 * instance ({@link PublicContent}), makes every kept page stale at once. Headers (the
 * security headers, the request id) are written for each response as usual; only the body
 * is reused.
 */
@Configuration(proxyBeanMethods = false)
class VisitorPages {

	/** The pages kept: the wall (with any filter) and the hall of fame. */
	static final String[] PATHS = { "/wall", "/wall/fame" };

	/** At most this many pages are kept (any more, and all are forgotten). */
	static final int MAX_PAGES = 200;

	@Bean
	FilterRegistrationBean<Filter> visitorPagesFilter(PublicContent content, LocaleResolver localeResolver,
			@Value("${serviceweek.wall.fresh-for:3s}") Duration freshFor,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new Filter(new RecentValues<>(freshFor, MAX_PAGES, content), localeResolver,
						Set.of(sessionCookie, "remember-me")));
		registration.addUrlPatterns(PATHS);
		// After Spring Security (which knows who is signed in and writes the headers)
		// and the request logging that follows it.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	static class Filter extends OncePerRequestFilter {

		private final RecentValues<Key, Page> pages;

		private final LocaleResolver localeResolver;

		private final Set<String> personalCookies;

		Filter(RecentValues<Key, Page> pages, LocaleResolver localeResolver, Set<String> personalCookies) {
			this.pages = pages;
			this.localeResolver = localeResolver;
			this.personalCookies = personalCookies;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isVisitor(request)) {
				chain.doFilter(request, response);
				return;
			}
			Key key = new Key(request.getRequestURI(), request.getQueryString(),
					this.localeResolver.resolveLocale(request));
			ContentCachingResponseWrapper[] rendered = new ContentCachingResponseWrapper[1];
			Page page;
			try {
				// One request renders a page that is missing or stale; the others
				// meanwhile get the last one, if there is one.
				page = this.pages.getOrLast(key, () -> {
					rendered[0] = new ContentCachingResponseWrapper(response);
					render(request, rendered[0], chain);
					return isTheSameForEveryVisitor(request, rendered[0])
							? new Page(rendered[0].getContentAsByteArray(), rendered[0].getContentType()) : null;
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
				response.setContentType(page.contentType());
				response.setContentLength(page.body().length);
				response.getOutputStream().write(page.body());
			}
		}

		private static void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException ex) {
				throw new RenderingFailed(ex);
			}
		}

		private boolean isVisitor(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod())) {
				return false;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (this.personalCookies.contains(cookie.getName())) {
						return false;
					}
				}
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

	record Key(String path, String query, Locale locale) {
	}

	record Page(byte[] body, String contentType) {
	}

}
