package org.serviceweek.people;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A previewed roster file waits on the server for its import: for the manager who
 * uploaded it, for a day at most. On H2 and on PostgreSQL, where the file's column types
 * differ.
 */
@DataJpaTest
@Tag("database")
@Import({ RosterUploads.class, TestClockConfiguration.class })
class RosterUploadsTests {

	@Autowired
	RosterUploads uploads;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFileOfTheLargestSizeAllowedComesBackWhole() {
		// 2 MB of names with accents and other scripts, as a large company's export is.
		StringBuilder csv = new StringBuilder("name,email,team\n");
		for (int row = 0; csv.length() < 2 * 1024 * 1024; row++) {
			csv.append("Zoë Ångström ").append(row).append(" 山田,zoe.").append(row).append("@example.com,Équipe\n");
		}

		String key = this.uploads.keep("manager@example.com", "roster.csv", csv.toString());

		assertThat(this.uploads.find(key, "manager@example.com")).hasValueSatisfying((upload) -> {
			assertThat(upload.csv()).isEqualTo(csv.toString());
			assertThat(upload.fileName()).isEqualTo("roster.csv");
		});
	}

	@Test
	void onlyTheManagerWhoUploadedItFindsIt() {
		String key = this.uploads.keep("first.manager@example.com", "roster.csv", "name,email\n");

		assertThat(this.uploads.find(key, "second.manager@example.com")).isEmpty();
		assertThat(this.uploads.find("not-a-key", "first.manager@example.com")).isEmpty();
		assertThat(this.uploads.find(null, "first.manager@example.com")).isEmpty();
	}

	@Test
	void aFileIsForgottenOnceImported() {
		String key = this.uploads.keep("manager@example.com", "roster.csv", "name,email\n");

		this.uploads.forget(key);

		assertThat(this.uploads.find(key, "manager@example.com")).isEmpty();
	}

	@Test
	void aFileOlderThanADayIsNotFoundAndTheNextUploadDeletesIt() {
		String old = this.uploads.keep("manager@example.com", "old.csv", "name,email\n");
		this.clock.advance(Duration.ofDays(1).minusMinutes(1));
		assertThat(this.uploads.find(old, "manager@example.com")).isPresent();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.uploads.find(old, "manager@example.com")).isEmpty();
		String fresh = this.uploads.keep("manager@example.com", "new.csv", "name,email\n");

		assertThat(this.jdbc.queryForList("select id from roster_upload", String.class)).contains(fresh)
			.doesNotContain(old);
	}

}
