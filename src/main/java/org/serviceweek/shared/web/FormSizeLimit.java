package org.serviceweek.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form larger than any of the app's forms can be, before anything reads it,
 * with a page that says so (413). A form sent with its length is refused unread; one sent
 * without it (in chunks) is read up to the server's own limit
 * ({@code server.tomcat.max-http-form-post-size}, the same value), which would otherwise
 * only drop its fields and look like an expired form. A large limit on every address let
 * a few visitors fill the heap at once with large posts (the largest form, the roster's
 * import, now sends a key instead of the file). Multipart forms (uploads) have their own
 * limits ({@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
class FormSizeLimit {

	@Bean
	FilterRegistrationBean<Filter> formSizeLimitFilter(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(limit.toBytes()));
		// Before the security filters, whose form-token check reads the whole form.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		/** Where Tomcat says why it could not read a request's fields. */
		static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

		private final long limit;

		private final HeaderWriter securityHeaders = SecurityHeaders.writer();

		Filter(long limit) {
			this.limit = limit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.limit >= 0 && isForm(request)) {
				long length = request.getContentLengthLong();
				// Without its length, only reading the form tells (a POST's form, which
				// the
				// server reads; no other is read at all).
				boolean tooLarge = (length >= 0) ? length > this.limit : isPost(request) && tooLargeToRead(request);
				if (tooLarge) {
					refuse(request, response);
					return;
				}
			}
			chain.doFilter(request, response);
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// Answered before the security filters, which would have written these.
			this.securityHeaders.writeHeaders(request, response);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}

		/**
		 * Reads the form's fields, as the security filters would next, and tells whether
		 * the server gave up on them for their size (a body sent without its length). The
		 * server would drop the fields, which then looks like an expired form.
		 */
		private static boolean tooLargeToRead(HttpServletRequest request) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				return true;
			}
			Object failure = request.getAttribute(PARSE_FAILED_REASON);
			return failure != null && "POST_TOO_LARGE".equals(failure.toString());
		}

		private static boolean isPost(HttpServletRequest request) {
			return "POST".equals(request.getMethod());
		}

		private static boolean isForm(HttpServletRequest request) {
			String type = request.getContentType();
			if (type == null) {
				return false;
			}
			try {
				return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
