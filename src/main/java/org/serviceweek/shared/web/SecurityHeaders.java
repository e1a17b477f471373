package org.serviceweek.shared.web;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers of every response: Spring Security's defaults and this app's
 * policies. The security configuration sets the policies below; a response answered
 * before Spring Security's filters (an office screen's unchanged poll) writes them all
 * with {@link #writer()}. A test compares the two, header by header.
 */
public final class SecurityHeaders {

	/** Everything from this app's own address; no inline script or style. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY_HEADER = "Permissions-Policy";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

	public static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	private SecurityHeaders() {
	}

	/**
	 * Writes what Spring Security writes on a response, but for the cache headers, which
	 * the response sets itself.
	 */
	public static HeaderWriter writer() {
		return new CompositeHeaderWriter(
				List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), new HstsHeaderWriter(),
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
						new ReferrerPolicyHeaderWriter(REFERRER_POLICY),
						new StaticHeadersWriter(PERMISSIONS_POLICY_HEADER, PERMISSIONS_POLICY)));
	}

}
