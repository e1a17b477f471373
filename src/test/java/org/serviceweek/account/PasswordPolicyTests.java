package org.serviceweek.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(this.policy.problems("Tr0ub4dor&3", null, null)).containsExactly("password.tooShort");
	}

	@Test
	void refusesPasswordsLongerThanBcryptCanHash() {
		assertThat(this.policy.problems("é".repeat(40), null, null)).containsExactly("password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "qwertyuiopasdfgh", "1qaz2wsx3edc", "password2026!", "Sunshine123456",
			"footballfootball", "aaaaaaaaaaaaaa", "abcdefghijklmnop", "ababababababab" })
	void refusesCommonAndPredictablePasswords(String password) {
		assertThat(this.policy.problems(password, "someone@example.com", "Some One"))
			.containsExactly("password.common");
	}

	@Test
	void refusesThePersonsOwnNameOrEmail() {
		assertThat(this.policy.problems("Kwame Asante 1", "kwame.asante@example.com", "Kwame Asante"))
			.containsExactly("password.personal");
		assertThat(this.policy.problems("kwame.asante@example.com", "kwame.asante@example.com", "Kwame Asante"))
			.containsExactly("password.personal");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "Lantern-Fjord-Pebble-42", "mein Kaffee ist kalt" })
	void acceptsLongUncommonPasswords(String password) {
		assertThat(this.policy.problems(password, "ana@example.com", "Ana Silva")).isEmpty();
	}

}
