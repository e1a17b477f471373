package org.serviceweek.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * "Sign in with your company account": OpenID Connect sign-in beside the local accounts.
 * Exists only when configured ({@link CompanySignInConfiguration}). After the provider's
 * answer is checked, the session holds the same {@link SignedInAccount} as after a
 * password sign-in, so the rest of the app cannot tell the two apart.
 */
public class CompanySignIn {

	/** Where the button leads: Spring Security sends the browser on to the provider. */
	public static final String START_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + CompanyClientRegistration.ID;

	private static final Log logger = LogFactory.getLog(CompanySignIn.class);

	/** What the provider or our checks said, as the sign-in page's message key. */
	private static final Map<String, String> MESSAGES = Map.of("access_denied", "denied",
			CompanySignInRefusedException.Reason.ACCOUNT_DISABLED.code(), "disabled",
			CompanySignInRefusedException.Reason.EMAIL_NOT_VERIFIED.code(), "email",
			CompanySignInRefusedException.Reason.LINKED_TO_ANOTHER.code(), "linked", "authorization_request_not_found",
			"expired", "invalid_state_parameter", "expired");

	private final String buttonLabel;

	private final CompanyClientRegistration registration;

	private final CompanyOidcUserService users;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	CompanySignIn(CompanySignInProperties properties, CompanyAccounts accounts, String baseUrl) {
		this.buttonLabel = StringUtils.hasText(properties.buttonLabel()) ? properties.buttonLabel().strip() : null;
		this.registration = new CompanyClientRegistration(properties, baseUrl);
		this.users = new CompanyOidcUserService(accounts,
				new CompanyRoles(properties.rolesClaim(), properties.managerValues(), properties.adminValues()),
				properties.requireVerifiedEmail());
	}

	/** The configured button text, or {@code null} for the default message. */
	public String buttonLabel() {
		return this.buttonLabel;
	}

	public String startPath() {
		return START_PATH;
	}

	void applyTo(HttpSecurity http) {
		// The app gives HttpSecurity its own authentication manager (password and
		// remember-me), so the OpenID Connect provider is given to the sign-in filter
		// directly.
		ProviderManager oidc = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
				new RestClientAuthorizationCodeTokenResponseClient(), this.users));
		// Like a password sign-in, a company sign-in is announced (the audit log records
		// it).
		http.getSharedObject(org.springframework.context.ApplicationContext.class)
			.getBeanProvider(org.springframework.security.authentication.AuthenticationEventPublisher.class)
			.ifAvailable(oidc::setAuthenticationEventPublisher);
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(this.registration)
			.authorizedClientRepository(new NoAuthorizedClients())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.users))
			.successHandler(successHandler())
			.failureHandler(failureHandler())
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
				@Override
				public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(oidc);
					return filter;
				}
			})
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(unavailableHandler());
					return filter;
				}
			}));
	}

	/**
	 * Replaces the provider's user in the session with the account it signed in to, then
	 * goes where the person was heading (or home).
	 */
	private AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			SignedInAccount account = ((CompanyOidcUserService.CompanyUser) authentication.getPrincipal()).account();
			UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account,
					null, account.getAuthorities());
			signedIn.setDetails(authentication.getDetails());
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(signedIn);
			this.contexts.setContext(context);
			this.contextRepository.saveContext(context, request, response);
			next.onAuthenticationSuccess(request, response, signedIn);
		};
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String message = "failed";
			if (exception instanceof OAuth2AuthenticationException oauth2) {
				message = MESSAGES.getOrDefault(oauth2.getError().getErrorCode(), "failed");
				if (message.equals("failed")) {
					logger.warn("Company sign-in failed: " + oauth2.getError());
				}
			}
			redirect(request, response, message);
		};
	}

	/** The provider could not be reached to start the sign-in. */
	private static AuthenticationFailureHandler unavailableHandler() {
		return (request, response, exception) -> redirect(request, response, "unavailable");
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String message)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?sso=" + message);
	}

	/**
	 * The provider's tokens are not kept: the app calls no API on the person's behalf,
	 * and the session stays small.
	 */
	private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		@SuppressWarnings("unchecked")
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
