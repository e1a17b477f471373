package org.serviceweek.shared;

import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A freshly created database keeps accepting writes after the pool has replaced the
 * connection that built the schema (as it does after 30 minutes). H2 2.4.240 fails every
 * insert into a table with a {@code check (... in (...))} constraint once that connection
 * is closed (h2database#4302), which is why ServiceWeek stays on H2 2.3.232 (ADR 001).
 */
@SpringBootTest(properties = { "serviceweek.test.context=fresh-database", "serviceweek.scheduling.enabled=false" })
class FreshDatabaseTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Test
	void writesStillWorkAfterThePoolReplacedTheConnectionThatBuiltTheSchema() {
		this.dataSource.getHikariPoolMXBean().softEvictConnections();
		Person author = person("Author");
		Person ana = person("Ana");
		long value = this.values.add("Care " + UUID.randomUUID(), null).getId();

		ShoutOut shoutOut = this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(ana.getId()), null, value, "Thank you", false, null));

		assertThat(this.shoutOuts.get(shoutOut.getId()).getMessage()).isEqualTo("Thank you");
	}

	private Person person(String name) {
		return this.people.add(new PersonDetails(name,
				name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Agent", null,
				null, true));
	}

}
