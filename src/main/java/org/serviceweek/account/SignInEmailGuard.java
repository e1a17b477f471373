package org.serviceweek.account;

import org.serviceweek.people.EmailChangeGuard;
import org.serviceweek.people.EmailChangeRefusedException;
import org.serviceweek.people.Person;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person's email is their sign-in name, so only someone with at least their role may
 * change it: a manager cannot take over an administrator's account by changing its email.
 */
@Component
class SignInEmailGuard implements EmailChangeGuard {

	private final AccountRepository accounts;

	SignInEmailGuard(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void checkEmailChange(Person person, String newEmail) {
		this.accounts.findByPersonId(person.getId()).ifPresent((account) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Role editor = (authentication != null && authentication.getPrincipal() instanceof SignedInAccount me)
					? me.getRole() : null;
			if (editor != null && !editor.mayGrant(account.getRole())) {
				throw new EmailChangeRefusedException("people.emailLocked");
			}
		});
	}

}
