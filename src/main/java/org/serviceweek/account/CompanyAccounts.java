package org.serviceweek.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shared.SecretTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with their company account (single sign-on): finds their account by the
 * provider's issuer and subject, links it by verified email the first time, or creates a
 * staff account (and the person) for someone new. See ADR 016 for the rules on roles.
 */
@Service
@Transactional
class CompanyAccounts {

	private static final Log logger = LogFactory.getLog(CompanyAccounts.class);

	private static final int MAX_NAME_LENGTH = 120;

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final People people;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	CompanyAccounts(AccountRepository accounts, InvitationRepository invitations, People people,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * The account the company account signs in to, linked or created on first use.
	 * @param identity who the provider says signed in
	 * @param claimedRole the role the provider's groups give, or {@code null} to keep the
	 * account's role
	 * @param decideAdministrators whether the provider may also take the administrator
	 * role away
	 * @throws CompanySignInRefusedException if this company account may not sign in
	 */
	SignedInAccount signIn(CompanyIdentity identity, Role claimedRole, boolean decideAdministrators) {
		Account account = this.accounts.findByCompanyAccount(identity.issuer(), identity.subject())
			.orElseGet(() -> linkOrCreate(identity));
		if (!account.isEnabled()) {
			throw new CompanySignInRefusedException(CompanySignInRefusedException.Reason.ACCOUNT_DISABLED);
		}
		account.linkCompanyAccount(identity.issuer(), identity.subject());
		applyRole(account, claimedRole, decideAdministrators);
		return new SignedInAccount(account);
	}

	private Account linkOrCreate(CompanyIdentity identity) {
		if (identity.email() == null) {
			throw new CompanySignInRefusedException(CompanySignInRefusedException.Reason.EMAIL_NOT_VERIFIED);
		}
		Person person = this.people.findByEmail(identity.email())
			.orElseGet(() -> this.people
				.add(new PersonDetails(nameOf(identity), identity.email(), null, null, null, false)));
		Account account = this.accounts.findByPersonId(person.getId()).orElseGet(() -> create(person));
		if (!account.mayLinkCompanyAccount(identity.issuer(), identity.subject())) {
			throw new CompanySignInRefusedException(CompanySignInRefusedException.Reason.LINKED_TO_ANOTHER);
		}
		return account;
	}

	/**
	 * A new account has no password anyone knows: its holder signs in with the company
	 * account. An open invitation gives its role (a manager already chose it) and is used
	 * up.
	 */
	private Account create(Person person) {
		Instant now = this.clock.instant();
		Role role = Role.STAFF;
		List<Invitation> open = this.invitations.findOpenForPerson(person.getId(), now);
		if (!open.isEmpty()) {
			role = open.get(0).getRole();
			open.get(0).accept(now);
			open.stream().skip(1).forEach((older) -> older.revoke(now));
		}
		String unknownPassword = this.passwordEncoder.encode(SecretTokens.newToken(32));
		return this.accounts.save(new Account(person, role, unknownPassword, now));
	}

	private void applyRole(Account account, Role claimedRole, boolean decideAdministrators) {
		if (claimedRole == null || claimedRole == account.getRole()) {
			return;
		}
		if (account.getRole() == Role.ADMIN) {
			if (!decideAdministrators) {
				return;
			}
			if (this.accounts.lockEnabledByRole(Role.ADMIN).size() <= 1) {
				logger.warn("Kept the administrator role of account " + account.getId()
						+ ": the company's groups would take it from the last enabled administrator");
				return;
			}
		}
		account.changeRole(claimedRole);
	}

	private static String nameOf(CompanyIdentity identity) {
		String email = identity.email();
		int at = email.indexOf('@');
		String name = (identity.name() != null && !identity.name().isBlank()) ? identity.name().strip()
				: (at > 0) ? email.substring(0, at) : email;
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH) : name;
	}

}
