package org.serviceweek.shared;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long values kept for visitors are used though nothing changed on this instance: a
 * minute where no other process can change the database, 3 seconds where other instances
 * may, or what is configured.
 */
class PublicContentTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:h2:file:./data/serviceweek;WRITE_DELAY=0;LOCK_TIMEOUT=10000   | PT1M
			jdbc:h2:mem:serviceweek-test;DB_CLOSE_DELAY=-1                     | PT1M
			jdbc:h2:./data/serviceweek                                         | PT1M
			JDBC:H2:~/serviceweek                                              | PT1M
			jdbc:h2:file:./data/serviceweek;AUTO_SERVER=TRUE                   | PT3S
			jdbc:h2:file:./data/serviceweek;AUTO_SERVER=1                      | PT3S
			jdbc:h2:file:./data/serviceweek;AUTO_SERVER=yes;WRITE_DELAY=0      | PT3S
			jdbc:h2:file:./data/serviceweek;AUTO_SERVER=FALSE                  | PT1M
			jdbc:h2:file:./data/serviceweek;AUTO_SERVER=no;WRITE_DELAY=0       | PT1M
			jdbc:h2:file:./data/serviceweek;auto_server=true;WRITE_DELAY=0     | PT3S
			jdbc:h2:tcp://db.example.com/serviceweek                           | PT3S
			jdbc:h2:ssl://db.example.com/serviceweek                           | PT3S
			jdbc:postgresql://localhost:5432/serviceweek                       | PT3S
			''                                                                 | PT3S
			""")
	void unlessConfiguredKeptValuesLastAMinuteOnlyWhereNoOtherProcessCanChangeTheDatabase(String url,
			Duration expected) {
		assertThat(PublicContent.freshFor(null, url)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:h2:file:./data/serviceweek, PT0S", "jdbc:postgresql://localhost/serviceweek, PT10M" })
	void aConfiguredTimeIsUsedOnAnyDatabase(String url, Duration configured) {
		assertThat(new PublicContent(configured, url).freshFor()).isEqualTo(configured);
	}

}
