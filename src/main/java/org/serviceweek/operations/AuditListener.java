package org.serviceweek.operations;

import jakarta.servlet.http.HttpServletRequest;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes what the features report ({@link Audited}) and what Spring Security reports
 * (sign-ins, refused sign-ins) to the audit log. It runs in the publisher's thread, so an
 * entry joins the transaction of the change it records.
 */
@Component
class AuditListener {

	private final AuditLog log;

	AuditListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(Audited event) {
		String actor = event.actor();
		String actorName = null;
		if (actor == null) {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
				actor = signedIn.getName();
				actorName = displayName(signedIn);
			}
		}
		this.log.add(event.action(), actor, actorName, event.target(), event.detail(), clientAddress(null));
	}

	/**
	 * Any successful sign-in, however it was made: a password, a remember-me cookie, or
	 * single sign-on (any authentication that Spring Security reports).
	 */
	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Authentication signedIn = event.getAuthentication();
		this.log.add(Audited.Action.SIGNED_IN, signedIn.getName(), displayName(signedIn), null, method(signedIn),
				clientAddress(signedIn));
	}

	/**
	 * A refused sign-in: the user name that was tried (never the password) and why, in
	 * the words of Spring Security's event (BadCredentials, Locked, Disabled...).
	 */
	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication tried = event.getAuthentication();
		String reason = event.getClass()
			.getSimpleName()
			.replaceFirst("^AuthenticationFailure", "")
			.replaceFirst("Event$", "");
		this.log.add(Audited.Action.SIGN_IN_FAILED, tried.getName(), null, null, reason, clientAddress(tried));
	}

	private static String displayName(Authentication authentication) {
		if (authentication.getPrincipal() instanceof SignedInAccount account) {
			return account.getDisplayName();
		}
		return (authentication
			.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser user)
					? user.getFullName() : null;
	}

	private static String method(Authentication authentication) {
		if (authentication instanceof UsernamePasswordAuthenticationToken) {
			return "password";
		}
		if (authentication instanceof RememberMeAuthenticationToken) {
			return "remember-me";
		}
		String type = authentication.getClass().getSimpleName();
		return (type.contains("OAuth2") || type.contains("Oidc") || type.contains("Saml")) ? "single-sign-on" : type;
	}

	/**
	 * The client's address as the app sees it (behind a trusted proxy, the one the proxy
	 * reports).
	 */
	private static String clientAddress(Authentication authentication) {
		if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
