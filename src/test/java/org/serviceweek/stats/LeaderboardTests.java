package org.serviceweek.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.stats.Leaderboard.State;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(properties = { "serviceweek.test.context=shoutouts", "serviceweek.thanks.per-hour=3" })
@Import(TestClockConfiguration.class)
@Tag("database")
class LeaderboardTests {

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void noLeaderboard() {
		this.leaderboard.close();
	}

	@AfterEach
	void resetClock() {
		this.leaderboard.close();
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
	}

	@Test
	void thereIsNoLeaderboardUntilAManagerOpensOne() {
		this.leaderboard.close();

		assertThat(this.leaderboard.status().state()).isEqualTo(State.OFF);
		assertThat(this.leaderboard.isOpen()).isFalse();
		assertThat(this.leaderboard.top()).isEmpty();
	}

	@Test
	void itOpensOnlyInsideItsTimeBoxAndClosesAfterIt() {
		now("2031-10-05T12:00:00Z");
		this.leaderboard.open(LocalDate.parse("2031-10-06"), LocalDate.parse("2031-10-10"));
		assertThat(this.leaderboard.status().state()).isEqualTo(State.SCHEDULED);
		assertThat(this.leaderboard.isOpen()).isFalse();

		// Midnight in Berlin is 22:00 UTC in summer time.
		now("2031-10-05T22:00:00Z");
		assertThat(this.leaderboard.isOpen()).isTrue();
		now("2031-10-10T21:59:00Z");
		assertThat(this.leaderboard.isOpen()).isTrue();

		now("2031-10-10T22:00:00Z");
		assertThat(this.leaderboard.status().state()).isEqualTo(State.OVER);
		assertThat(this.leaderboard.isOpen()).isFalse();
		assertThat(this.leaderboard.top()).isEmpty();
	}

	@Test
	void aManagerCanTurnItOffEarly() {
		now("2031-11-03T12:00:00Z");
		this.leaderboard.open(LocalDate.parse("2031-11-03"), LocalDate.parse("2031-11-07"));
		assertThat(this.leaderboard.isOpen()).isTrue();

		this.leaderboard.close();

		assertThat(this.leaderboard.status().state()).isEqualTo(State.OFF);
	}

	@Test
	void refusesTimeBoxesThatRunBackwardsLastLongerThanAMonthOrAreOver() {
		now("2031-12-01T12:00:00Z");
		assertRefused("2031-12-10", "2031-12-09", "leaderboard.toBeforeFrom");
		assertRefused("2031-12-01", "2032-01-01", "leaderboard.tooLong");
		assertRefused("2031-11-20", "2031-11-30", "leaderboard.inThePast");

		this.leaderboard.open(LocalDate.parse("2031-12-01"), LocalDate.parse("2031-12-31"));
		assertThat(this.leaderboard.status().box().days()).isEqualTo(31);
	}

	@Test
	void showsTheTenWhoReceivedMostInsideTheBoxOnly() {
		Team phones = this.people.addTeam("Phones " + UUID.randomUUID());
		Person author = person("Author", null);
		Person manager = person("Manager", null);
		Person ana = person("Ana " + UUID.randomUUID(), phones.getId());
		Person tom = person("Tom " + UUID.randomUUID(), null);
		List<Person> others = java.util.stream.IntStream.range(0, 10)
			.mapToObj((i) -> person("Other " + i + " " + UUID.randomUUID(), null))
			.toList();
		long value = this.values.add("Care " + UUID.randomUUID(), null).getId();
		// Before the box (23:30 on Sunday in Berlin): not counted.
		now("2032-02-01T22:30:00Z");
		post(author, value, tom);
		post(author, value, tom);
		now("2032-02-02T08:00:00Z");
		post(author, value, ana);
		post(author, value, ana);
		post(author, value, ana);
		post(author, value, tom);
		post(author, value, tom);
		ShoutOut hidden = post(author, value, tom);
		this.moderation.hide(hidden.getId(), manager.getId());
		others.forEach((other) -> post(author, value, other));
		this.leaderboard.open(LocalDate.parse("2032-02-02"), LocalDate.parse("2032-02-06"));

		List<Leaderboard.Entry> top = this.leaderboard.top();

		assertThat(top).hasSize(10);
		assertThat(top)
			.extracting(Leaderboard.Entry::rank, Leaderboard.Entry::name, Leaderboard.Entry::team,
					Leaderboard.Entry::received)
			.startsWith(tuple(1, ana.getName(), phones.getName(), 3L), tuple(2, tom.getName(), null, 2L),
					tuple(3, others.get(0).getName(), null, 1L));
		assertThat(top).extracting(Leaderboard.Entry::rank).endsWith(3);
	}

	private void assertRefused(String from, String to, String messageKey) {
		assertThatExceptionOfType(StatsRuleException.class)
			.isThrownBy(() -> this.leaderboard.open(LocalDate.parse(from), LocalDate.parse(to)))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
		assertThat(this.leaderboard.status().state()).isEqualTo(State.OFF);
	}

	private void now(String instant) {
		this.clock.set(Instant.parse(instant));
	}

	private ShoutOut post(Person author, long value, Person recipient) {
		return this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(recipient.getId()), null, value, "Thank you!", false, null));
	}

	private Person person(String name, Long teamId) {
		return this.people
			.add(new PersonDetails(name, "person." + UUID.randomUUID().toString().substring(0, 13) + "@example.com",
					"Agent", null, teamId, false));
	}

}
