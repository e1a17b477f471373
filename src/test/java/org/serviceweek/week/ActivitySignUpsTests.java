package org.serviceweek.week;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.notification.Notices;
import org.serviceweek.people.Person;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "serviceweek.test.context=planner")
@Import(TestClockConfiguration.class)
@Tag("database")
class ActivitySignUpsTests {

	@Autowired
	WeekPlanner planner;

	@Autowired
	ActivitySignUps signUps;

	@Autowired
	Notices notices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	private int year;

	@BeforeEach
	void aWeekToSignUpFor() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.year = 2040 + (int) (System.nanoTime() % 50);
		while (this.planner.find(this.year).isPresent()) {
			this.year++;
		}
		this.planner.startPlanning(this.year, StartFrom.EMPTY, null, Locale.ENGLISH);
	}

	@Test
	void aFullActivityOffersTheWaitingListAndAFreedPlaceGoesToTheFirstInLine() {
		Activity workshop = activity(2);
		Person ana = person("Ana");
		Person tom = person("Tom");
		Person sofia = person("Sofia");
		Person kwame = person("Kwame");

		assertThat(this.signUps.signUp(workshop.getId(), ana.getId()).getStatus()).isEqualTo(SignUpStatus.CONFIRMED);
		assertThat(this.signUps.signUp(workshop.getId(), tom.getId()).getStatus()).isEqualTo(SignUpStatus.CONFIRMED);
		assertThat(this.signUps.signUp(workshop.getId(), sofia.getId()).getStatus()).isEqualTo(SignUpStatus.WAITING);
		assertThat(this.signUps.signUp(workshop.getId(), kwame.getId()).getStatus()).isEqualTo(SignUpStatus.WAITING);
		assertThat(this.signUps.mine(workshop.getId(), kwame.getId()).position()).isEqualTo(2);

		this.signUps.withdraw(workshop.getId(), tom.getId());

		assertThat(this.signUps.mine(workshop.getId(), sofia.getId()).isConfirmed()).isTrue();
		assertThat(this.signUps.mine(workshop.getId(), kwame.getId()).position()).isEqualTo(1);
		assertThat(this.signUps.mine(workshop.getId(), tom.getId())).isNull();
		assertThat(this.notices.latest(sofia.getId())).extracting((notice) -> notice.getMessageCode())
			.containsExactly("notice.placeFreedUp");
		assertThat(this.notices.latest(kwame.getId())).isEmpty();
	}

	@Test
	void withdrawingFromTheWaitingListGivesNobodyAPlace() {
		Activity workshop = activity(1);
		Person ana = person("Ana");
		Person tom = person("Tom");
		this.signUps.signUp(workshop.getId(), ana.getId());
		this.signUps.signUp(workshop.getId(), tom.getId());

		this.signUps.withdraw(workshop.getId(), tom.getId());

		assertThat(this.signUps.confirmedCount(workshop.getId())).isEqualTo(1);
		assertThat(this.signUps.waitingCount(workshop.getId())).isZero();
	}

	@Test
	void raisingTheCapacityGivesPlacesToThoseWaiting() {
		Activity workshop = activity(1);
		Person ana = person("Ana");
		Person tom = person("Tom");
		this.signUps.signUp(workshop.getId(), ana.getId());
		this.signUps.signUp(workshop.getId(), tom.getId());

		this.planner.updateActivity(workshop.getId(), workshop.getVersion(),
				WeekPlannerTests.details(workshop.getDate(), "10:00", "11:00", 2));

		assertThat(this.signUps.mine(workshop.getId(), tom.getId()).isConfirmed()).isTrue();
	}

	@Test
	void signingUpTwiceChangesNothing() {
		Activity workshop = activity(5);
		Person ana = person("Ana");

		this.signUps.signUp(workshop.getId(), ana.getId());
		this.signUps.signUp(workshop.getId(), ana.getId());

		assertThat(this.signUps.of(workshop.getId())).hasSize(1);
	}

	@Test
	void refusesSignUpsOnceTheActivityIsOverOrCancelled() {
		Activity workshop = activity(5);
		Activity other = activity(5);
		this.planner.cancelActivity(other.getId());
		this.clock.set(Instant.parse(this.year + "-12-01T08:00:00Z"));

		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(() -> this.signUps.signUp(workshop.getId(), person("Ana").getId()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("signUp.over"));
		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(() -> this.signUps.signUp(other.getId(), person("Tom").getId()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("signUp.cancelled"));
	}

	@Test
	void fiftySimultaneousSignUpsForTenPlacesLeaveTenSignedUpAndFortyWaiting() throws Exception {
		Activity lunch = activity(10);
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			people.add(person("Colleague " + i).getId());
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SignUpStatus>> results = new ArrayList<>();
		try {
			for (Long personId : people) {
				Callable<SignUpStatus> signUp = () -> {
					start.await();
					return this.signUps.signUp(lunch.getId(), personId).getStatus();
				};
				results.add(pool.submit(signUp));
			}
			start.countDown();
			List<SignUpStatus> statuses = new ArrayList<>();
			for (Future<SignUpStatus> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}

			assertThat(statuses).filteredOn(SignUpStatus.CONFIRMED::equals).hasSize(10);
			assertThat(statuses).filteredOn(SignUpStatus.WAITING::equals).hasSize(40);
			assertThat(this.signUps.confirmedCount(lunch.getId())).isEqualTo(10);
			assertThat(this.signUps.waitingCount(lunch.getId())).isEqualTo(40);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Activity activity(int capacity) {
		LocalDate tuesday = CelebrationWeekRule.defaultStart(this.year).plusDays(1);
		return this.planner.addActivity(this.year, WeekPlannerTests.details(tuesday, "10:00", "11:00", capacity));
	}

	private Person person(String name) {
		return this.testAccounts.person(name);
	}

}
