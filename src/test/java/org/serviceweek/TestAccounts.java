package org.serviceweek;

import java.util.UUID;

import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds people and accounts inside a test, through the real services: no shared seed
 * rows.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private final People people;

	private final Accounts accounts;

	private final UserDetailsService userDetails;

	TestAccounts(People people, Accounts accounts, UserDetailsService userDetails) {
		this.people = people;
		this.accounts = accounts;
		this.userDetails = userDetails;
	}

	public Person person(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.com";
		return this.people.add(new PersonDetails(name, email, "Agent", null, null, false));
	}

	/**
	 * A new person with an account in the given role, signed in as Spring Security would
	 * hold them.
	 */
	public SignedInAccount signedIn(Role role) {
		if (role != Role.ADMIN && !this.accounts.isInstalled()) {
			// The app is set up once an administrator exists; until then every page leads
			// to setup.
			signedIn(Role.ADMIN);
		}
		Person person = person(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " Tester");
		this.accounts.createAccount(person.getId(), role, PASSWORD);
		return (SignedInAccount) this.userDetails.loadUserByUsername(person.getEmail());
	}

}
