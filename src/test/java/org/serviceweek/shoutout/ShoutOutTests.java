package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.serviceweek.people.Person;

import static org.assertj.core.api.Assertions.assertThat;

class ShoutOutTests {

	private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

	private final Person author = new Person("Author", "author@example.com", NOW);

	private final Person ana = consenting("Ana");

	private final Person tom = new Person("Tom", "tom@example.com", NOW);

	private final Person manager = new Person("Manager", "manager@example.com", NOW);

	@Test
	void isPublicOnlyOnceApprovedAndWhileNotHidden() {
		ShoutOut shoutOut = post(List.of(this.ana), true, true);
		assertThat(shoutOut.isPublic()).isFalse();

		shoutOut.approve(this.manager, null, NOW);
		assertThat(shoutOut.isPublic()).isTrue();

		shoutOut.hide(this.manager, NOW);
		assertThat(shoutOut.isPublic()).isFalse();
	}

	@Test
	void isNeverPublicWhileSomeoneItNamesHasNotConsented() {
		ShoutOut shoutOut = post(List.of(this.ana, this.tom), true, false);
		assertThat(shoutOut.getModeration()).isEqualTo(Moderation.APPROVED);

		assertThat(shoutOut.isPublic()).isFalse();
		this.tom.changePublicConsent(true);
		assertThat(shoutOut.isPublic()).isTrue();
	}

	@Test
	void staysInternalWhenTheAuthorDidNotAskForTheWall() {
		ShoutOut shoutOut = post(List.of(this.ana), false, false);

		assertThat(shoutOut.getModeration()).isEqualTo(Moderation.INTERNAL);
		assertThat(shoutOut.isPublic()).isFalse();
	}

	@Test
	void aReportTakesAnApprovedShoutOutOffTheWall() {
		ShoutOut shoutOut = post(List.of(this.ana), true, false);

		shoutOut.reported(NOW);

		assertThat(shoutOut.getModeration()).isEqualTo(Moderation.PENDING);
		assertThat(shoutOut.isPublic()).isFalse();
	}

	private ShoutOut post(List<Person> recipients, boolean wantsPublic, boolean moderated) {
		return ShoutOut.byColleague(this.author, new LinkedHashSet<>(recipients), null,
				new CompanyValue("Teamwork", null, 0), "Thank you", wantsPublic, moderated, null, NOW);
	}

	private static Person consenting(String name) {
		Person person = new Person(name, name.toLowerCase() + "@example.com", NOW);
		person.changePublicConsent(true);
		return person;
	}

}
