package org.serviceweek.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.people.Person;
import org.serviceweek.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "serviceweek.test.context=invitations")
class InvitationsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void invitedPersonSetsAPasswordOnceAndGetsTheInvitedRole() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person ana = this.testAccounts.person("Ana Silva");

		IssuedInvitation invitation = this.accounts.invite(ana.getId(), Role.STAFF, manager);
		Account account = this.accounts.acceptInvitation(invitation.token(), "lantern fjord pebble");

		assertThat(account.getRole()).isEqualTo(Role.STAFF);
		assertThat(account.getPerson().getId()).isEqualTo(ana.getId());
		assertThat(this.passwordEncoder.matches("lantern fjord pebble", account.getPasswordHash())).isTrue();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.accounts.findOpenInvitation(invitation.token())).isEmpty();
		assertThatExceptionOfType(InvitationClosedException.class)
			.isThrownBy(() -> this.accounts.acceptInvitation(invitation.token(), "another good passphrase"));
	}

	@Test
	void invitationExpiresAfterItsValidity() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person tom = this.testAccounts.person("Tom Becker");
		IssuedInvitation invitation = this.accounts.invite(tom.getId(), Role.STAFF, manager);

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));

		assertThat(this.accounts.findOpenInvitation(invitation.token())).isEmpty();
		assertThatExceptionOfType(InvitationClosedException.class)
			.isThrownBy(() -> this.accounts.acceptInvitation(invitation.token(), "lantern fjord pebble"));
	}

	@Test
	void aNewInvitationReplacesTheOpenOne() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person sofia = this.testAccounts.person("Sofia Rossi");
		IssuedInvitation first = this.accounts.invite(sofia.getId(), Role.STAFF, manager);

		IssuedInvitation second = this.accounts.invite(sofia.getId(), Role.MANAGER, manager);

		assertThat(this.accounts.findOpenInvitation(first.token())).isEmpty();
		assertThat(this.accounts.findOpenInvitation(second.token()))
			.hasValueSatisfying((open) -> assertThat(open.role()).isEqualTo(Role.MANAGER));
	}

	@Test
	void onlyStoresAHashOfTheToken() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person kwame = this.testAccounts.person("Kwame Asante");

		IssuedInvitation invitation = this.accounts.invite(kwame.getId(), Role.STAFF, manager);

		assertThat(invitation.token()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(this.accounts.findOpenInvitation(Accounts.hash(invitation.token()))).isEmpty();
	}

	@Test
	void refusesWeakPasswordsAndKeepsTheInvitationOpen() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person elena = this.testAccounts.person("Elena Petrova");
		IssuedInvitation invitation = this.accounts.invite(elena.getId(), Role.STAFF, manager);

		assertThatExceptionOfType(PasswordRejectedException.class)
			.isThrownBy(() -> this.accounts.acceptInvitation(invitation.token(), "password1234"))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly("password.common"));
		assertThat(this.accounts.findOpenInvitation(invitation.token())).isPresent();
	}

	@Test
	void managersCannotHandOutTheAdministratorRole() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person mateo = this.testAccounts.person("Mateo Garcia");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.accounts.invite(mateo.getId(), Role.ADMIN, manager));
	}

	@Test
	void someoneWithAnAccountCannotBeInvitedAgain() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.invite(staff.getPersonId(), Role.STAFF, manager))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("invitation.alreadyHasAccount"));
	}

	@Test
	void theLastAdministratorCannotBeDemotedOrDisabled() {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount otherAdmin = this.testAccounts.signedIn(Role.ADMIN);
		for (Account account : this.accounts.all()) {
			if (account.getRole() == Role.ADMIN && account.getId() != admin.getAccountId()
					&& account.getId() != otherAdmin.getAccountId()) {
				this.accounts.changeRole(account.getId(), Role.STAFF, admin);
			}
		}
		this.accounts.changeRole(otherAdmin.getAccountId(), Role.MANAGER, admin);

		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.changeRole(admin.getAccountId(), Role.STAFF, admin));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> this.accounts.changeEnabled(admin.getAccountId(), false, manager))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("accounts.lastAdmin"));
	}

	@Test
	void changingPasswordNeedsTheCurrentOne() {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		assertThatExceptionOfType(AccountRuleException.class).isThrownBy(
				() -> this.accounts.changePassword(staff.getAccountId(), "not my password", "lantern fjord pebble"));
		this.accounts.changePassword(staff.getAccountId(), TestAccounts.PASSWORD, "lantern fjord pebble");
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.at("2026-05-04T09:00:00Z");
		}

	}

}
