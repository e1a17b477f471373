package org.serviceweek.account;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The demo accounts' user names and passwords, shown on the sign-in page. Empty unless
 * the demo profile filled it at startup, so a real installation never shows any
 * credential.
 */
@Component
public class DemoSignInNotice {

	private volatile List<Credential> credentials = List.of();

	public void show(List<Credential> credentials) {
		this.credentials = List.copyOf(credentials);
	}

	/**
	 * A demo account chose its own password: its printed one no longer works, so stop
	 * showing it.
	 */
	public void forget(String username) {
		this.credentials = this.credentials.stream()
			.filter((credential) -> !credential.username().equalsIgnoreCase(username))
			.toList();
	}

	public List<Credential> credentials() {
		return this.credentials;
	}

	public boolean isActive() {
		return !this.credentials.isEmpty();
	}

	public record Credential(Role role, String username, String password) {
	}

}
