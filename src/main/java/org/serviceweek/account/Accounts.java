package org.serviceweek.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who may sign in, with which role: the first-run setup, invitations, passwords and
 * roles.
 */
@Service
@Transactional
public class Accounts {

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final People people;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final JdbcTemplate jdbc;

	private final PersistentTokenRepository rememberMeTokens;

	private final SignInThrottle throttle;

	private final Clock clock;

	private final Duration invitationValidity;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean installed = new AtomicBoolean();

	Accounts(AccountRepository accounts, InvitationRepository invitations, People people,
			PasswordEncoder passwordEncoder, PasswordPolicy policy, JdbcTemplate jdbc,
			PersistentTokenRepository rememberMeTokens, SignInThrottle throttle, Clock clock,
			@Value("${serviceweek.invitations.valid-for:7d}") Duration invitationValidity,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.jdbc = jdbc;
		this.rememberMeTokens = rememberMeTokens;
		this.throttle = throttle;
		this.clock = clock;
		this.invitationValidity = invitationValidity;
		this.events = events;
	}

	/**
	 * Whether the first administrator exists. Once true it stays true, so only a new
	 * installation asks the database on every request. Without a transaction of its own:
	 * once installed, a request that needs no data (a screen poll, a stylesheet) takes no
	 * connection from the pool.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public boolean isInstalled() {
		if (!this.installed.get()) {
			Integer rows = this.jdbc.queryForObject("select count(*) from installation", Integer.class);
			this.installed.set(rows != null && rows > 0);
		}
		return this.installed.get();
	}

	/**
	 * Creates the first administrator, and with it the person they are. Only possible
	 * once.
	 * @throws AccountRuleException if the app is already set up
	 * @throws PasswordRejectedException if the password breaks the policy
	 */
	public Account install(String name, String email, String password) {
		if (isInstalled()) {
			throw new AccountRuleException("setup.alreadyDone");
		}
		checkPassword(password, email, name);
		markInstalled();
		Person person = this.people.findByEmail(email)
			.orElseGet(() -> this.people.add(new PersonDetails(name, email, null, null, null, false)));
		return this.accounts.save(new Account(person, Role.ADMIN, this.passwordEncoder.encode(password), now()));
	}

	/**
	 * Gives a person an account directly with a known password (used to create the demo
	 * accounts).
	 */
	public Account createAccount(long personId, Role role, String password) {
		Person person = this.people.get(personId);
		if (this.accounts.findByPersonId(personId).isPresent()) {
			throw new AccountRuleException("account.alreadyExists");
		}
		checkPassword(password, person.getEmail(), person.getName());
		if (role == Role.ADMIN && !isInstalled()) {
			markInstalled();
		}
		return this.accounts.save(new Account(person, role, this.passwordEncoder.encode(password), now()));
	}

	/**
	 * Sets a new password without asking for the old one (demo accounts, admin reset).
	 */
	public void resetPassword(long personId, String password) {
		Account account = this.accounts.findByPersonId(personId)
			.orElseThrow(() -> new AccountRuleException("account.missing"));
		checkPassword(password, account.getPerson().getEmail(), account.getPerson().getName());
		account.changePassword(this.passwordEncoder.encode(password), now());
		this.rememberMeTokens.removeUserTokens(account.getPerson().getEmail());
		this.throttle.unlock(account.getPerson().getEmail());
	}

	private void markInstalled() {
		try {
			this.jdbc.update("insert into installation (id, completed_at) values (1, ?)",
					java.sql.Timestamp.from(now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new AccountRuleException("setup.alreadyDone");
		}
		// Only once the first administrator is really stored; a failed setup can be tried
		// again.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Accounts.this.installed.set(true);
				}
			});
		}
		else {
			this.installed.set(true);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByPerson(long personId) {
		return this.accounts.findByPersonId(personId);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.people.findByEmail(email).flatMap((person) -> this.accounts.findByPersonId(person.getId()));
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllWithPerson();
	}

	@Transactional(readOnly = true)
	public Optional<OpenInvitation> openInvitationFor(long personId) {
		return this.invitations.findOpenForPerson(personId, now()).stream().findFirst().map(this::open);
	}

	/**
	 * Invites a person to set a password. Any earlier open invitation for them stops
	 * working.
	 */
	public IssuedInvitation invite(long personId, Role role, SignedInAccount invitedBy) {
		if (!invitedBy.getRole().mayGrant(role)) {
			throw new AccessDeniedException("Cannot grant " + role);
		}
		Person person = this.people.get(personId);
		if (this.accounts.findByPersonId(personId).isPresent()) {
			throw new AccountRuleException("invitation.alreadyHasAccount");
		}
		Instant now = now();
		this.invitations.findOpenForPerson(personId, now).forEach((open) -> open.revoke(now));
		String token = SecretTokens.newToken(32);
		Invitation invitation = new Invitation(person, role, hash(token),
				this.accounts.getReferenceById(invitedBy.getAccountId()), now, now.plus(this.invitationValidity));
		this.invitations.save(invitation);
		return new IssuedInvitation(person.getId(), person.getName(), person.getEmail(), role, token,
				invitation.getExpiresAt());
	}

	@Transactional(readOnly = true)
	public Optional<OpenInvitation> findOpenInvitation(String token) {
		return findByToken(token).filter((invitation) -> invitation.isOpenAt(now())).map(this::open);
	}

	/**
	 * Accepts an invitation: creates the person's account with the chosen password. The
	 * link cannot be used again.
	 */
	public Account acceptInvitation(String token, String password) {
		Invitation invitation = findByToken(token).filter((found) -> found.isOpenAt(now()))
			.orElseThrow(InvitationClosedException::new);
		Person person = invitation.getPerson();
		checkPassword(password, person.getEmail(), person.getName());
		if (this.accounts.findByPersonId(person.getId()).isPresent()) {
			throw new InvitationClosedException();
		}
		invitation.accept(now());
		return this.accounts
			.save(new Account(person, invitation.getRole(), this.passwordEncoder.encode(password), now()));
	}

	/**
	 * Changes one's own password, which requires the current one. Remember-me logins on
	 * other devices stop working.
	 */
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = get(accountId);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountRuleException("password.currentWrong");
		}
		checkPassword(newPassword, account.getPerson().getEmail(), account.getPerson().getName());
		account.changePassword(this.passwordEncoder.encode(newPassword), now());
		this.rememberMeTokens.removeUserTokens(account.getPerson().getEmail());
	}

	public void changeRole(long accountId, Role role, SignedInAccount by) {
		Account account = get(accountId);
		if (account.getId() == by.getAccountId()) {
			throw new AccountRuleException("accounts.cannotChangeOwnRole");
		}
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN && isLastAdmin(account)) {
			throw new AccountRuleException("accounts.lastAdmin");
		}
		Role before = account.getRole();
		account.changeRole(role);
		if (before != role) {
			this.events.publishEvent(Audited.of(Audited.Action.ROLE_CHANGED, who(account), before + " → " + role));
		}
	}

	public void changeEnabled(long accountId, boolean enabled, SignedInAccount by) {
		Account account = get(accountId);
		if (account.getId() == by.getAccountId()) {
			throw new AccountRuleException("accounts.cannotDisableSelf");
		}
		if (enabled) {
			if (!account.isEnabled()) {
				this.events.publishEvent(Audited.of(Audited.Action.ACCOUNT_ENABLED, who(account), null));
			}
			account.enable();
		}
		else {
			if (account.getRole() == Role.ADMIN && isLastAdmin(account)) {
				throw new AccountRuleException("accounts.lastAdmin");
			}
			if (account.isEnabled()) {
				this.events.publishEvent(Audited.of(Audited.Action.ACCOUNT_DISABLED, who(account), null));
			}
			account.disable();
			this.rememberMeTokens.removeUserTokens(account.getPerson().getEmail());
		}
	}

	public void unlock(long accountId) {
		this.throttle.unlock(get(accountId).getPerson().getEmail());
	}

	/**
	 * The accounts whose sign-in is paused right now (one query, not one per account).
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Long> lockedAccountIds(List<Account> accounts) {
		java.util.Set<String> locked = this.throttle.lockedNames();
		return accounts.stream()
			.filter((account) -> locked.contains(SignInThrottle.key(account.getPerson().getEmail())))
			.map(Account::getId)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static String who(Account account) {
		return account.getPerson().getName() + " <" + account.getPerson().getEmail() + ">";
	}

	private boolean isLastAdmin(Account account) {
		return account.isEnabled() && this.accounts.lockEnabledByRole(Role.ADMIN).size() <= 1;
	}

	/**
	 * What a signed-in session must still match: checked on every request.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountState> state(long accountId) {
		return this.jdbc
			.query("""
					select a.role, a.enabled, a.password_changed_at, p.email
					from account a join person p on p.id = a.person_id where a.id = ?
					""",
					(rs, row) -> new AccountState(Role.valueOf(rs.getString(1)), rs.getBoolean(2),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4)),
					accountId)
			.stream()
			.findFirst();
	}

	/**
	 * An account's role, status, password change and sign-in email, as stored now.
	 */
	public record AccountState(Role role, boolean enabled, Instant passwordChangedAt, String email) {
	}

	@Transactional(readOnly = true)
	SignedInAccount loadForSignIn(String email) {
		return this.people.findByEmail(email)
			.flatMap((person) -> this.accounts.findByPersonId(person.getId()))
			.map(SignedInAccount::new)
			.orElse(null);
	}

	/** Checks a password against the policy without saving anything. */
	public void checkPassword(String password, String email, String name) {
		List<String> problems = this.policy.problems(password, email, name);
		if (!problems.isEmpty()) {
			throw new PasswordRejectedException(problems);
		}
	}

	private Account get(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> new AccountRuleException("account.missing"));
	}

	private Optional<Invitation> findByToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(hash(token));
	}

	private OpenInvitation open(Invitation invitation) {
		Person person = invitation.getPerson();
		return new OpenInvitation(person.getId(), person.getName(), person.getEmail(), invitation.getRole(),
				invitation.getExpiresAt());
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

}
