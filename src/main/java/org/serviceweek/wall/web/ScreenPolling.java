package org.serviceweek.wall.web;

import java.io.IOException;
import java.util.Iterator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.shared.web.SecurityHeaders;
import org.serviceweek.wall.ScreenSnapshots;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What office screens poll: {@code GET /wall/screen/data} with the ETag they have. An
 * unchanged document is a bodiless 304 answered from memory; no database, no session, no
 * page model.
 */
@Configuration(proxyBeanMethods = false)
class ScreenPolling {

	static final String PATH = "/wall/screen/data";

	private static final String NO_CACHE = CacheControl.noCache().getHeaderValue();

	@Bean
	RouterFunction<ServerResponse> screenData(ScreenSnapshots snapshots) {
		HandlerFunction<ServerResponse> data = (request) -> {
			// The ETag makes Spring answer a matching If-None-Match (also weak or in a
			// list) with a bodiless 304 before anything is written.
			ScreenSnapshots.Snapshot snapshot = snapshots.current();
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.eTag(snapshot.etag())
				.cacheControl(CacheControl.noCache())
				.body(snapshot.json());
		};
		// HEAD as well, like the wall's other pages (the server leaves the body out).
		return RouterFunctions.route().GET(PATH, data).HEAD(PATH, data).build();
	}

	@Bean
	FilterRegistrationBean<UnchangedScreenFilter> unchangedScreenFilter(ScreenSnapshots snapshots) {
		FilterRegistrationBean<UnchangedScreenFilter> registration = new FilterRegistrationBean<>(
				new UnchangedScreenFilter(snapshots, SecurityHeaders.writer()));
		// After the request id (access log) and the request metrics; before the session,
		// the first-run check and Spring Security, which a poll anyone may make does not
		// need.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.addUrlPatterns(PATH);
		return registration;
	}

	/**
	 * Answers a poll whose ETag still matches before the session and security filters:
	 * they were most of the cost of a 304, and a screen opened by someone signed in had
	 * its session read from the database on every poll. Anything else (no ETag, a stale
	 * one, another method) goes on to the route above.
	 */
	static final class UnchangedScreenFilter extends OncePerRequestFilter {

		private final ScreenSnapshots snapshots;

		private final HeaderWriter securityHeaders;

		UnchangedScreenFilter(ScreenSnapshots snapshots, HeaderWriter securityHeaders) {
			this.snapshots = snapshots;
			this.securityHeaders = securityHeaders;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			// Only PATH reaches this filter (its URL pattern).
			return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
					|| request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String etag = this.snapshots.current().etag();
			if (!matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH).asIterator(), etag)) {
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
			this.securityHeaders.writeHeaders(request, response);
		}

		/**
		 * Whether one of the tags in the If-None-Match headers is the current one, by the
		 * weak comparison that If-None-Match uses ({@code W/"x"} matches {@code "x"}).
		 */
		static boolean matches(Iterator<String> ifNoneMatch, String etag) {
			String current = opaque(etag);
			while (ifNoneMatch.hasNext()) {
				for (String tag : ifNoneMatch.next().split(",")) {
					String candidate = tag.trim();
					if (opaque(candidate).equals(current)) {
						return true;
					}
				}
			}
			return false;
		}

		private static String opaque(String tag) {
			return tag.startsWith("W/") ? tag.substring(2) : tag;
		}

	}

}
