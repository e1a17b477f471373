package org.serviceweek.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people use to reach the app, for links that leave it (invitations, calendar
 * feeds). Set {@code serviceweek.base-url} in production so that no request header can
 * change those links; without it, the address of the current request is used.
 */
@Component
public class PublicAddress {

	private final String baseUrl;

	PublicAddress(@Value("${serviceweek.base-url:}") String baseUrl) {
		this.baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.strip().replaceAll("/+$", "") : null;
	}

	/**
	 * The app's address without a trailing slash, for example
	 * {@code https://serviceweek.example.com}.
	 */
	public String base() {
		return (this.baseUrl != null) ? this.baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
