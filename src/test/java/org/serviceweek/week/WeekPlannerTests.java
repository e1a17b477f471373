package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

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
class WeekPlannerTests {

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

	@BeforeEach
	void beforeTheWeek() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
	}

	@Test
	void theReadyPlanFillsFiveDaysInsideTheWeek() {
		int year = 2101 - 70;
		CelebrationWeek week = this.planner.startPlanning(year, StartFrom.TEMPLATE, null, Locale.ENGLISH);

		WeekPlan plan = this.planner.plan(year);

		assertThat(week.getStartsOn()).isEqualTo(CelebrationWeekRule.defaultStart(year));
		assertThat(plan.days()).hasSize(5).allSatisfy((day) -> {
			assertThat(day.title()).isNotBlank();
			assertThat(day.activities()).isNotEmpty()
				.allSatisfy((activity) -> assertThat(activity.getDate()).isEqualTo(day.date()));
		});
		assertThat(plan.days().get(1).title()).isEqualTo("Trading places");
		assertThat(plan.activityCount()).isEqualTo(12);
		assertThat(plan.plannedCost()).isEqualByComparingTo("1650.00");
	}

	@Test
	void aCopyMovesActivitiesToTheNewDatesWithoutSignUps() {
		this.planner.startPlanning(2032, StartFrom.TEMPLATE, null, Locale.ENGLISH);
		Activity lunch = activityTitled(2032, "Lunch together");
		Person ana = this.testAccounts.person("Ana Silva");
		this.signUps.signUp(lunch.getId(), ana.getId());

		this.planner.startPlanning(2033, StartFrom.COPY, 2032, Locale.ENGLISH);

		Activity copied = activityTitled(2033, "Lunch together");
		assertThat(copied.getId()).isNotEqualTo(lunch.getId());
		assertThat(copied.getUid()).isNotEqualTo(lunch.getUid());
		assertThat(copied.getDate().getDayOfWeek()).isEqualTo(lunch.getDate().getDayOfWeek());
		assertThat(copied.getDate()).isEqualTo(CelebrationWeekRule.defaultStart(2033).plusDays(3));
		assertThat(this.signUps.of(copied.getId())).isEmpty();
		assertThat(this.planner.get(2033).day(2).orElseThrow().getTitle()).isEqualTo("Trading places");
	}

	@Test
	void movingTheWeekMovesItsActivitiesDayForDayAndBumpsTheirSequence() {
		this.planner.startPlanning(2034, StartFrom.TEMPLATE, null, Locale.ENGLISH);
		Activity ceremony = activityTitled(2034, "Awards ceremony and wall of fame");
		CelebrationWeek week = this.planner.get(2034);

		this.planner.updateWeek(2034, week.getVersion(),
				new WeekSettings(LocalDate.of(2034, 9, 18), "Our own week", null, new BigDecimal("900")));

		Activity moved = this.planner.getActivity(ceremony.getId());
		assertThat(moved.getDate()).isEqualTo(LocalDate.of(2034, 9, 22));
		assertThat(moved.getSequence()).isEqualTo(ceremony.getSequence() + 1);
		assertThat(this.planner.plan(2034).isOverBudget()).isTrue();
	}

	@Test
	void refusesAWeekThatDoesNotStartOnAMonday() {
		this.planner.startPlanning(2035, StartFrom.EMPTY, null, Locale.ENGLISH);
		CelebrationWeek week = this.planner.get(2035);

		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(() -> this.planner.updateWeek(2035, week.getVersion(),
					new WeekSettings(LocalDate.of(2035, 10, 3), null, null, null)))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("plan.startsOnMonday"));
	}

	@Test
	void refusesActivitiesOutsideTheWeekOrEndingBeforeTheyStart() {
		this.planner.startPlanning(2036, StartFrom.EMPTY, null, Locale.ENGLISH);

		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(
					() -> this.planner.addActivity(2036, details(LocalDate.of(2036, 10, 13), "10:00", "11:00", null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("date"));
		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(
					() -> this.planner.addActivity(2036, details(LocalDate.of(2036, 10, 7), "11:00", "10:00", null)))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("activity.endBeforeStart"));
	}

	@Test
	void refusesACapacityBelowThePeopleWhoAlreadyHaveAPlace() {
		this.planner.startPlanning(2037, StartFrom.EMPTY, null, Locale.ENGLISH);
		Activity workshop = this.planner.addActivity(2037, details(LocalDate.of(2037, 10, 6), "10:00", "11:00", 5));
		for (int i = 0; i < 3; i++) {
			this.signUps.signUp(workshop.getId(), this.testAccounts.person("Person " + i).getId());
		}

		assertThatExceptionOfType(PlanningException.class)
			.isThrownBy(() -> this.planner.updateActivity(workshop.getId(), workshop.getVersion(),
					details(LocalDate.of(2037, 10, 6), "10:00", "11:00", 2)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("capacity"));
	}

	@Test
	void aStaleEditIsAConflictCarryingTheSavedVersion() {
		this.planner.startPlanning(2038, StartFrom.EMPTY, null, Locale.ENGLISH);
		Activity talk = this.planner.addActivity(2038, details(LocalDate.of(2038, 10, 5), "10:00", "11:00", null));
		this.planner.updateActivity(talk.getId(), talk.getVersion(),
				details(LocalDate.of(2038, 10, 6), "10:00", "11:00", null));

		assertThatExceptionOfType(ActivityConflictException.class)
			.isThrownBy(() -> this.planner.updateActivity(talk.getId(), talk.getVersion(),
					details(LocalDate.of(2038, 10, 7), "10:00", "11:00", null)))
			.satisfies((ex) -> assertThat(ex.getCurrent().getDate()).isEqualTo(LocalDate.of(2038, 10, 6)));
		assertThat(this.planner.getActivity(talk.getId()).getDate()).isEqualTo(LocalDate.of(2038, 10, 6));
	}

	@Test
	void cancellingTellsEveryoneWhoSignedUpAndKeepsTheActivityForCalendars() {
		this.planner.startPlanning(2039, StartFrom.EMPTY, null, Locale.ENGLISH);
		Activity lunch = this.planner.addActivity(2039, details(LocalDate.of(2039, 10, 6), "12:00", "13:00", 1));
		Person ana = this.testAccounts.person("Ana Silva");
		Person tom = this.testAccounts.person("Tom Becker");
		this.signUps.signUp(lunch.getId(), ana.getId());
		this.signUps.signUp(lunch.getId(), tom.getId());

		this.planner.cancelActivity(lunch.getId());

		assertThat(this.notices.latest(ana.getId())).extracting((notice) -> notice.getMessageCode())
			.containsExactly("notice.activityCancelled");
		assertThat(this.notices.latest(tom.getId())).hasSize(1);
		assertThat(this.planner.plan(2039).activityCount()).isZero();
		assertThat(this.planner.forCalendar(2039)).singleElement().satisfies((activity) -> {
			assertThat(activity.isCancelled()).isTrue();
			assertThat(activity.getSequence()).isEqualTo(1);
		});
		assertThat(this.signUps.of(lunch.getId())).isEmpty();
	}

	@Test
	void followUpsArePlannedOnAnyDateOfTheYear() {
		Activity followUp = this.planner.addActivity(null, details(LocalDate.of(2026, 11, 10), "10:00", "11:00", 6));

		assertThat(followUp.isFollowUp()).isTrue();
		assertThat(this.planner.followUpsFrom(LocalDate.of(2026, 11, 1))).extracting(Activity::getId)
			.contains(followUp.getId());
	}

	private Activity activityTitled(int year, String title) {
		List<Activity> planned = this.planner.plan(year)
			.days()
			.stream()
			.flatMap((day) -> day.activities().stream())
			.toList();
		return planned.stream().filter((activity) -> activity.getTitle().equals(title)).findFirst().orElseThrow();
	}

	static ActivityDetails details(LocalDate date, String start, String end, Integer capacity) {
		return new ActivityDetails(date, LocalTime.parse(start), LocalTime.parse(end), "Workshop",
				ActivityKind.TRAINING, "Room 1", null, null, null, capacity, null);
	}

}
