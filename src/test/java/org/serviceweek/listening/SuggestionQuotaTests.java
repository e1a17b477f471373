package org.serviceweek.listening;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * An instance that may share its database with others, and was given no quota secret,
 * says at startup that it counts suggestions on its own (ADR 012, ADR 015).
 */
@ExtendWith(OutputCaptureExtension.class)
class SuggestionQuotaTests {

	@Test
	void anInstanceOnPostgresqlWithoutASecretWarnsThatItCountsAlone(CapturedOutput output) {
		quota("", "jdbc:postgresql://db.example.com:5432/serviceweek");

		assertThat(output).contains("serviceweek.suggestions.quota-secret is not set");
	}

	@Test
	void aConfiguredSecretOrAnH2DatabaseNeedsNoWarning(CapturedOutput output) {
		quota("a secret kept outside the database", "jdbc:postgresql://db.example.com:5432/serviceweek");
		quota("", "jdbc:h2:file:./data/serviceweek");
		quota(" ", "jdbc:h2:mem:serviceweek");

		assertThat(output).doesNotContain("quota-secret is not set");
	}

	@Test
	void instancesGivenTheSameSecretCountTheSamePersonInTheSameBucket() {
		String url = "jdbc:postgresql://db.example.com:5432/serviceweek";
		SuggestionQuota first = quota("shared secret", url);
		SuggestionQuota second = quota("shared secret", url);
		SuggestionQuota alone = quota("", url);

		assertThat(first.keyFor(42).pseudonym()).isEqualTo(second.keyFor(42).pseudonym());
		assertThat(alone.keyFor(42).pseudonym()).isNotEqualTo(first.keyFor(42).pseudonym());
	}

	private static SuggestionQuota quota(String secret, String databaseUrl) {
		return new SuggestionQuota(mock(JdbcTemplate.class), mock(PlatformTransactionManager.class),
				mock(org.serviceweek.shared.SavepointInCallersTransaction.class), Clock.systemUTC(), 10, secret,
				databaseUrl);
	}

}
