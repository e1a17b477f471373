package org.serviceweek.notification;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;
import java.util.UUID;

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
 * A post and its notices share one connection: with one connection left in the pool,
 * posting still works and the recipient's notice and email are queued with it. (Notices
 * written in a second transaction after the commit needed a second connection while the
 * first was held; under load every connection was held that way and posting stalled.)
 */
@SpringBootTest(properties = { "serviceweek.test.context=one-connection", "serviceweek.scheduling.enabled=false",
		"spring.mail.host=localhost", "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000" })
class NoticesOnThePostsConnectionTests {

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	Notices notices;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DataSource dataSource;

	@Test
	void aShoutOutAndItsNoticesNeedOnlyOneConnection() throws Exception {
		try (Connection busy = this.dataSource.getConnection()) {
			postAndFindTheNotices();
		}
	}

	private void postAndFindTheNotices() {
		Person author = person("Author");
		Person ana = person("Ana");
		long value = this.values.add("Care " + UUID.randomUUID(), null).getId();

		ShoutOut shoutOut = this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(ana.getId()), null, value, "Thank you for staying late", false, null));

		assertThat(this.notices.latest(ana.getId())).singleElement()
			.satisfies((notice) -> assertThat(notice.getLink()).isEqualTo("/shoutouts/" + shoutOut.getId()));
		assertThat(this.deliveries.all()).anySatisfy((delivery) -> {
			assertThat(delivery.getChannel()).isEqualTo(Delivery.Channel.EMAIL);
			assertThat(delivery.getRecipient()).isEqualTo(ana.getEmail());
		});
	}

	private Person person(String name) {
		return this.people.add(new PersonDetails(name,
				name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Agent", null,
				null, true));
	}

}
