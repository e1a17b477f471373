package org.serviceweek.fame;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.serviceweek.week.WeekSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The same context as the wall's web tests (MockMvc included), started once for all.
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@org.springframework.context.annotation.Import(org.serviceweek.shared.StatementCounting.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class WallOfFameTests {

	@Autowired
	WallOfFame fame;

	@Autowired
	People people;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	WeekPlanner planner;

	private long managerId;

	private long categoryId;

	@BeforeEach
	void manager() {
		this.managerId = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		this.categoryId = this.fame.activeCategories().get(0).getId();
	}

	@Test
	void nominatingTheSameColleagueAgainUpdatesTheReasonInsteadOfCountingTwice() {
		Person nominee = person("Nominee", true);
		Person colleague = person("Colleague", true);

		this.fame.nominate(colleague.getId(), nominee.getId(), null, "First reason");
		this.fame.nominate(colleague.getId(), nominee.getId(), this.categoryId, "  Better reason  ");

		NomineeGroup group = groupOf(nominee);
		assertThat(group.nominations()).singleElement().satisfies((nomination) -> {
			assertThat(nomination.getReason()).isEqualTo("Better reason");
			assertThat(nomination.getCategory().getId()).isEqualTo(this.categoryId);
		});
	}

	@Test
	void nominationsAreGroupedByNomineeTheMostNominatedFirst() {
		Person popular = person("Popular", true);
		Person once = person("Once", true);
		this.fame.nominate(person("A", true).getId(), once.getId(), null, "Kind");
		for (int i = 0; i < 3; i++) {
			this.fame.nominate(person("Fan " + i, true).getId(), popular.getId(), null, "Great " + i);
		}

		List<NomineeGroup> groups = this.fame.openNominations();
		int popularAt = indexOf(groups, popular);
		int onceAt = indexOf(groups, once);
		assertThat(groups.get(popularAt).size()).isEqualTo(3);
		assertThat(popularAt).isLessThan(onceAt);
	}

	@Test
	void nominationsAreRefusedWithAReasonBesideTheField() {
		Person me = person("Me", true);
		Person other = person("Other", true);

		assertRefused(() -> this.fame.nominate(me.getId(), me.getId(), null, "Me!"), "nomineeId",
				"fame.nomination.notYourself");
		assertRefused(() -> this.fame.nominate(me.getId(), null, null, "Why"), "nomineeId",
				"fame.nomination.nomineeMissing");
		assertRefused(() -> this.fame.nominate(me.getId(), 987654L, null, "Why"), "nomineeId",
				"fame.nomination.nomineeMissing");
		assertRefused(() -> this.fame.nominate(me.getId(), other.getId(), null, "   "), "reason",
				"fame.nomination.reasonMissing");
		assertRefused(() -> this.fame.nominate(me.getId(), other.getId(), null, "x".repeat(1001)), "reason",
				"fame.nomination.reasonTooLong");
	}

	@Test
	void inductingSettlesThePersonsOpenNominationsAndTellsThem() {
		Person nominee = person("Hero", true);
		Person colleague = person("Fan", true);
		this.fame.nominate(colleague.getId(), nominee.getId(), null, "Saved the day");

		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(nominee.getId(), this.categoryId, this.fame.currentYear(), "For the storm", null));

		assertThat(groupOf(nominee)).isNull();
		assertThat(this.fame.nominationsBy(colleague.getId())).singleElement().satisfies((nomination) -> {
			assertThat(nomination.getStatus()).isEqualTo(Nomination.Status.INDUCTED);
			assertThat(nomination.getInductionId()).isEqualTo(induction.getId());
		});
		assertRefused(() -> this.fame.nominate(colleague.getId(), nominee.getId(), null, "Again"), null,
				"fame.nomination.alreadyDecided");
	}

	@Test
	void takingAnInductionBackReopensTheNominationsItSettled() {
		Person nominee = person("Taken back", true);
		Person colleague = person("Nominator", true);
		this.fame.nominate(colleague.getId(), nominee.getId(), null, "Deserves it");
		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(nominee.getId(), this.categoryId, this.fame.currentYear(), "Cited", null));

		this.fame.remove(induction.getId());

		assertThat(groupOf(nominee)).isNotNull();
		assertThat(this.fame.nominationsBy(colleague.getId())).singleElement()
			.satisfies((nomination) -> assertThat(nomination.isOpen()).isTrue());
		this.fame.nominate(colleague.getId(), nominee.getId(), null, "Still deserves it");
	}

	@Test
	void anAwardForAYearToComeStaysPrivateUntilThen() {
		Person hero = person("Next year", true);
		int next = this.fame.currentYear() + 1;
		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(hero.getId(), this.categoryId, next, "Prepared early", null));

		assertThat(this.fame.hall()).doesNotContainKey(next);
		assertThat(this.fame.latestPublic(100)).extracting(Induction::getId).doesNotContain(induction.getId());
		assertThatExceptionOfType(InductionNotFoundException.class)
			.isThrownBy(() -> this.fame.publicInductee(induction.getId()));
		assertThat(this.fame.allByYear().get(next)).extracting(Induction::getId).contains(induction.getId());
	}

	@Test
	void aPersonGetsEachAwardOnceAYear() {
		Person hero = person("Twice", true);
		InductionRequest request = new InductionRequest(hero.getId(), this.categoryId, 2025, "Great", List.of());
		this.fame.induct(this.managerId, request);

		assertRefused(() -> this.fame.induct(this.managerId, request), "categoryId", "fame.induction.alreadyInducted");
		assertThat(this.fame.induct(this.managerId,
				new InductionRequest(hero.getId(), this.categoryId, 2026, "Again great", List.of())))
			.isNotNull();
	}

	@Test
	void anInductionNamesOnlyShoutOutsThePersonReceived() {
		Person hero = person("Earned", true);
		Person other = person("Someone else", true);
		Person author = person("Author", true);
		long value = this.values.add("Value " + UUID.randomUUID(), null).getId();
		ShoutOut theirs = this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(hero.getId()), null, value, "For you", false, null));
		ShoutOut notTheirs = this.shoutOuts.post(author.getId(),
				new NewShoutOut(List.of(other.getId()), null, value, "For them", false, null));

		assertRefused(
				() -> this.fame.induct(this.managerId,
						new InductionRequest(hero.getId(), this.categoryId, 2026, "Cited",
								List.of(theirs.getId(), notTheirs.getId()))),
				"shoutOutIds", "fame.induction.notTheirShoutOut");
		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(hero.getId(), this.categoryId, 2026, "Cited", List.of(theirs.getId())));
		assertThat(this.fame.get(induction.getId()).getShoutOutIds()).containsExactly(theirs.getId());
	}

	@Test
	void inductionsAreRefusedWithAReasonBesideTheField() {
		Person hero = person("Checked", true);
		int next = this.fame.currentYear() + 1;

		assertRefused(
				() -> this.fame.induct(this.managerId, new InductionRequest(null, this.categoryId, 2026, "C", null)),
				"personId", "fame.induction.personMissing");
		assertRefused(() -> this.fame.induct(this.managerId, new InductionRequest(hero.getId(), null, 2026, "C", null)),
				"categoryId", "fame.induction.categoryMissing");
		assertRefused(
				() -> this.fame.induct(this.managerId,
						new InductionRequest(hero.getId(), this.categoryId, 1999, "C", null)),
				"year", "fame.induction.yearOutOfRange");
		assertRefused(
				() -> this.fame.induct(this.managerId,
						new InductionRequest(hero.getId(), this.categoryId, next + 1, "C", null)),
				"year", "fame.induction.yearOutOfRange");
		assertRefused(
				() -> this.fame.induct(this.managerId,
						new InductionRequest(hero.getId(), this.categoryId, 2026, " ", null)),
				"citation", "fame.induction.citationMissing");
		assertRefused(
				() -> this.fame.induct(this.managerId,
						new InductionRequest(hero.getId(), this.categoryId, 2026, "c".repeat(1001), null)),
				"citation", "fame.induction.citationTooLong");
	}

	@Test
	void aStaleEditIsAConflict() {
		Person hero = person("Edited", true);
		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(hero.getId(), this.categoryId, 2026, "First", null));
		long version = induction.getVersion();
		this.fame.update(induction.getId(), version,
				new InductionRequest(hero.getId(), this.categoryId, 2026, "Second", null));

		assertThatExceptionOfType(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.fame.update(induction.getId(), version,
					new InductionRequest(hero.getId(), this.categoryId, 2026, "Third", null)));
		assertThat(this.fame.get(induction.getId()).getCitation()).isEqualTo("Second");
	}

	@Test
	void theHallShowsOnlyPeopleWhoAgreedToBeShownNewestYearFirst() {
		Person shown = person("Shown", true);
		Person notShown = person("Not shown", false);
		Induction older = this.fame.induct(this.managerId,
				new InductionRequest(shown.getId(), this.categoryId, 2021, "Older", null));
		Induction newer = this.fame.induct(this.managerId,
				new InductionRequest(shown.getId(), this.categoryId, 2022, "Newer", null));
		Induction hidden = this.fame.induct(this.managerId,
				new InductionRequest(notShown.getId(), this.categoryId, 2022, "Hidden", null));

		var hall = this.fame.hall();
		assertThat(hall.get(2022)).extracting(Induction::getId).contains(newer.getId()).doesNotContain(hidden.getId());
		assertThat(hall.get(2021)).extracting(Induction::getId).contains(older.getId());
		assertThat(List.copyOf(hall.keySet())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThatExceptionOfType(InductionNotFoundException.class)
			.isThrownBy(() -> this.fame.publicInductee(hidden.getId()));
	}

	@Test
	void theCertificateCarriesTheAwardAndThatYearsTheme() {
		Person hero = person("Certified", true);
		int year = this.fame.currentYear() + 1;
		this.planner.startPlanning(year, StartFrom.EMPTY, null, java.util.Locale.ENGLISH);
		this.planner.updateWeek(year, this.planner.get(year).getVersion(),
				new WeekSettings(this.planner.get(year).getStartsOn(), "Heroes Every Day", null, null));
		Induction induction = this.fame.induct(this.managerId,
				new InductionRequest(hero.getId(), this.categoryId, year, "Always there", null));

		CertificateContent content = this.fame.certificate(induction.getId());

		assertThat(content.personName()).isEqualTo("Certified");
		assertThat(content.award()).isEqualTo(this.fame.activeCategories().get(0).getName());
		assertThat(content.year()).isEqualTo(year);
		assertThat(content.citation()).isEqualTo("Always there");
		assertThat(content.theme()).isEqualTo("Heroes Every Day");
	}

	@Test
	void categoriesAreKeptByManagers() {
		String name = "Award " + UUID.randomUUID().toString().substring(0, 8);
		AwardCategory category = this.fame.addCategory(name, "For the best");

		assertRefused(() -> this.fame.addCategory(name.toUpperCase(), null), "name", "fame.category.nameTaken");
		assertRefused(() -> this.fame.addCategory(" ", null), "name", "fame.category.nameMissing");
		assertRefused(() -> this.fame.addCategory("n".repeat(81), null), "name", "fame.category.nameTooLong");
		this.fame.setCategoryActive(category.getId(), false);
		assertThat(this.fame.activeCategories()).extracting(AwardCategory::getId).doesNotContain(category.getId());
		assertThat(this.fame.allCategories()).extracting(AwardCategory::getName).contains(name);
	}

	private static void assertRefused(Runnable action, String field, String key) {
		assertThatExceptionOfType(FameRuleException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getMessageKey()).isEqualTo(key);
		});
	}

	private NomineeGroup groupOf(Person nominee) {
		return this.fame.openNominations()
			.stream()
			.filter((group) -> group.nominee().getId().equals(nominee.getId()))
			.findFirst()
			.orElse(null);
	}

	private static int indexOf(List<NomineeGroup> groups, Person person) {
		for (int i = 0; i < groups.size(); i++) {
			if (groups.get(i).nominee().getId().equals(person.getId())) {
				return i;
			}
		}
		return -1;
	}

	private Person person(String name, boolean consent) {
		return this.people
			.add(new PersonDetails(name, "p." + UUID.randomUUID() + "@example.com", "Agent", null, null, consent));
	}

}
