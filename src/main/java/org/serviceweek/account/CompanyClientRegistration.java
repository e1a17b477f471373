package org.serviceweek.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * The one client registration, {@value #ID}, read from the provider's discovery document
 * on the first sign-in rather than at startup: the app starts (and local sign-in works)
 * while the provider is down, and a failed look-up is tried again on the next click.
 */
class CompanyClientRegistration implements ClientRegistrationRepository {

	static final String ID = "company";

	private static final Log logger = LogFactory.getLog(CompanyClientRegistration.class);

	private final CompanySignInProperties properties;

	private final String redirectUri;

	private volatile ClientRegistration registration;

	CompanyClientRegistration(CompanySignInProperties properties, String baseUrl) {
		this.properties = properties;
		this.redirectUri = (StringUtils.hasText(baseUrl) ? baseUrl.strip().replaceAll("/+$", "") : "{baseUrl}")
				+ "/login/oauth2/code/{registrationId}";
	}

	/**
	 * The registration, or {@code null} while the provider cannot be reached (Spring
	 * Security then fails the sign-in, which the sign-in page reports).
	 */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = this.registration;
		if (found == null) {
			found = discover();
			this.registration = found;
		}
		return found;
	}

	private ClientRegistration discover() {
		try {
			ClientRegistration.Builder builder = ClientRegistrations
				.fromOidcIssuerLocation(this.properties.issuerUri().strip())
				.registrationId(ID)
				.clientId(this.properties.clientId())
				.scope(this.properties.scopes())
				.redirectUri(this.redirectUri)
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
			if (StringUtils.hasText(this.properties.clientSecret())) {
				builder.clientSecret(this.properties.clientSecret());
			}
			else {
				// A public client: no secret, PKCE proves it is the same client.
				builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
			}
			return builder.build();
		}
		catch (RuntimeException ex) {
			logger.warn("Single sign-on is unavailable: the provider at " + this.properties.issuerUri()
					+ " could not be read (" + ex.getMessage() + "); trying again on the next sign-in");
			return null;
		}
	}

}
