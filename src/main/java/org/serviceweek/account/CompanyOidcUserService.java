package org.serviceweek.account;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Turns the provider's verified ID token (and user info) into one of our accounts. The
 * account is what the session holds afterwards; nothing else of the provider is kept.
 */
class CompanyOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final Log logger = LogFactory.getLog(CompanyOidcUserService.class);

	static final String SIGN_IN_FAILED = "company_sign_in_failed";

	private final OidcUserService provider = new OidcUserService();

	private final CompanyAccounts accounts;

	private final CompanyRoles roles;

	private final boolean requireVerifiedEmail;

	CompanyOidcUserService(CompanyAccounts accounts, CompanyRoles roles, boolean requireVerifiedEmail) {
		this.accounts = accounts;
		this.roles = roles;
		this.requireVerifiedEmail = requireVerifiedEmail;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		CompanyIdentity identity = new CompanyIdentity(user.getIdToken().getClaimAsString("iss"), user.getSubject(),
				trustedEmail(user), nameOf(user));
		try {
			SignedInAccount account = this.accounts.signIn(identity, this.roles.roleFor(user.getClaims()).orElse(null),
					this.roles.decideAdministrators());
			return new CompanyUser(account, user);
		}
		catch (CompanySignInRefusedException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(ex.reason().code()), ex);
		}
		catch (DataAccessException ex) {
			// Two first sign-ins of the same new person at once: one wins, the other
			// tries again.
			logger.warn("Company sign-in could not be saved: " + ex.getMessage());
			throw new OAuth2AuthenticationException(new OAuth2Error(SIGN_IN_FAILED), ex);
		}
	}

	private String trustedEmail(OidcUser user) {
		String email = user.getEmail();
		if (!StringUtils.hasText(email) || email.length() > 254 || !email.contains("@")) {
			return null;
		}
		if (this.requireVerifiedEmail && !Boolean.TRUE.equals(user.getEmailVerified())) {
			return null;
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String nameOf(OidcUser user) {
		if (StringUtils.hasText(user.getFullName())) {
			return user.getFullName();
		}
		String given = (user.getGivenName() != null) ? user.getGivenName() : "";
		String family = (user.getFamilyName() != null) ? user.getFamilyName() : "";
		String joined = (given + " " + family).strip();
		return StringUtils.hasText(joined) ? joined : user.getPreferredUsername();
	}

	/**
	 * The provider's user with the account it signed in to; the success handler puts the
	 * account in the session in its place.
	 */
	static final class CompanyUser extends DefaultOidcUser {

		private final SignedInAccount account;

		CompanyUser(SignedInAccount account, OidcUser user) {
			super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.account = account;
		}

		SignedInAccount account() {
			return this.account;
		}

		/**
		 * The account's user name (its email), as for a password sign-in, so that the
		 * sign-in's audit entry and logs name the account, not the provider's subject.
		 */
		@Override
		public String getName() {
			return this.account.getUsername();
		}

		@Override
		public String getFullName() {
			return this.account.getDisplayName();
		}

	}

}
