package org.serviceweek.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it in the session: small and serialisable,
 * with the ids features need to act on the user's behalf.
 */
public final class SignedInAccount implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final long personId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final transient String passwordHash;

	private final boolean enabled;

	private final java.time.Instant passwordChangedAt;

	SignedInAccount(Account account) {
		this.accountId = account.getId();
		this.personId = account.getPerson().getId();
		this.email = account.getPerson().getEmail();
		this.displayName = account.getPerson().getName();
		this.role = account.getRole();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.passwordChangedAt = account.getPasswordChangedAt();
	}

	public long getAccountId() {
		return this.accountId;
	}

	public long getPersonId() {
		return this.personId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	/** When the password was last changed, to end sessions that started before. */
	public java.time.Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
