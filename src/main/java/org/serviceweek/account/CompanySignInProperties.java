package org.serviceweek.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the company's OpenID Connect provider ({@code serviceweek.sso.*}).
 * Off unless {@code issuer-uri} is set.
 *
 * @param issuerUri the provider's issuer; its discovery document is read on the first
 * sign-in, not at startup
 * @param clientId the client id the provider gave this app
 * @param clientSecret its secret (empty for a public client, which then relies on PKCE)
 * @param buttonLabel the button's text; empty for "Sign in with your company account"
 * @param scopes the scopes asked for
 * @param rolesClaim the claim that lists the person's groups or roles; empty to keep
 * roles in the app
 * @param managerValues the claim values that make a manager
 * @param adminValues the claim values that make an administrator
 * @param requireVerifiedEmail whether an email links or creates an account only when the
 * provider says it is verified ({@code email_verified})
 */
@ConfigurationProperties("serviceweek.sso")
record CompanySignInProperties(String issuerUri, String clientId, String clientSecret, String buttonLabel,
		@DefaultValue( {
				"openid", "profile", "email" }) List<String> scopes,
		String rolesClaim, @DefaultValue List<String> managerValues, @DefaultValue List<String> adminValues,
		@DefaultValue("true") boolean requireVerifiedEmail){

}
