package org.serviceweek.shoutout;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shared.BusyConnections;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.serviceweek.shared.QueryPlans;
import org.serviceweek.shared.StatementCounting;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = { "serviceweek.test.context=shoutouts", "serviceweek.thanks.per-hour=3" })
@Import({ TestClockConfiguration.class, StatementCounting.class })
@Tag("database")
class ShoutOutsTests {

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CustomerThanks thanks;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	@Autowired
	org.serviceweek.notification.Notices notices;

	private Person author;

	private Person ana;

	private Person tom;

	private long value;

	@BeforeEach
	void colleagues() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.moderation.skipStaffModeration(false);
		this.author = person("Author", true);
		this.ana = person("Ana", true);
		this.tom = person("Tom", false);
		this.value = this.values.add("Teamwork " + UUID.randomUUID(), null).getId();
	}

	@Test
	void refusesMessagesThatAreEmptyOrTooLongAndRecipientsThatBreakTheRules() {
		assertRefused(request(List.of(this.ana.getId()), "   "), "shoutOut.messageMissing");
		// Zero-width spaces and no-break spaces: nothing to read on the card.
		assertRefused(request(List.of(this.ana.getId()), "\u200B\u200B\u00A0\u200B"), "shoutOut.messageMissing");
		assertRefused(request(List.of(this.ana.getId()), "x".repeat(1001)), "shoutOut.messageTooLong");
		assertRefused(request(List.of(), "Thanks!"), "shoutOut.noRecipients");
		assertRefused(request(List.of(this.author.getId()), "Thanks, me!"), "shoutOut.notToYourself");
		List<Long> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(person("Colleague " + i, false).getId());
		}
		assertRefused(request(eleven, "Thanks all!"), "shoutOut.tooManyRecipients");
		assertRefused(new NewShoutOut(List.of(this.ana.getId()), null, null, "Thanks!", false, null),
				"shoutOut.valueMissing");
		assertThat(this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "x".repeat(1000))))
			.isNotNull();
	}

	@Test
	void theWallsYearsRunFromTheFirstToTheLastPublicShoutOutWhateverIsNotPublicAroundThem() {
		long manager = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		this.clock.set(Instant.parse("2000-06-01T08:00:00Z"));
		this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Not for the wall, 2000"));
		this.clock.set(Instant.parse("2001-06-01T08:00:00Z"));
		ShoutOut first = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "On the wall, 2001", true, null));
		this.moderation.approve(first.getId(), manager, null, null);
		this.clock.set(Instant.parse("2099-06-01T08:00:00Z"));
		ShoutOut hidden = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Hidden, 2099", true, null));
		this.moderation.approve(hidden.getId(), manager, null, null);
		this.moderation.hide(hidden.getId(), manager);

		List<Integer> years = this.shoutOuts.publicYears(TestClockConfiguration.ZONE);

		assertThat(years).as("oldest last").last().isEqualTo(2001);
		assertThat(years.get(0)).as("newest first").isLessThan(2099);
		for (int i = 1; i < years.size(); i++) {
			assertThat(years.get(i)).as("every year in between").isEqualTo(years.get(i - 1) - 1);
		}
	}

	@Test
	void whatSomeoneReceivedComesNewestFirstUpToTheLimit() {
		Person bea = person("Bea", true);
		this.clock.set(Instant.parse("2026-03-01T09:00:00Z"));
		this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "First"));
		this.clock.advance(Duration.ofDays(1));
		ShoutOut second = this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "Second"));
		this.clock.advance(Duration.ofDays(1));
		ShoutOut third = this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "Third"));

		assertThat(this.shoutOuts.received(bea.getId(), 2)).extracting((card) -> card.shoutOut().getId())
			.containsExactly(third.getId(), second.getId());
		assertThat(this.shoutOuts.received(bea.getId(), Integer.MAX_VALUE)).hasSize(3);
	}

	@Test
	void aPersonsRecognitionShowsOneYearAtATimeWithEveryYearsCounts() {
		Person bea = person("Bea", true);
		this.clock.set(Instant.parse("2024-06-01T09:00:00Z"));
		ShoutOut old = this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "Back then"));
		this.clock.set(Instant.parse("2026-03-01T09:00:00Z"));
		ShoutOut earlier = this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "Earlier"));
		this.clock.advance(Duration.ofDays(1));
		ShoutOut later = this.shoutOuts.post(this.author.getId(), request(List.of(bea.getId()), "Later"));
		ShoutOut given = this.shoutOuts.post(bea.getId(), request(List.of(this.ana.getId()), "Given"));

		ShoutOuts.PersonRecognition latest = this.shoutOuts.recognitionOf(bea.getId(), null,
				TestClockConfiguration.ZONE, null);
		ShoutOuts.PersonRecognition back = this.shoutOuts.recognitionOf(bea.getId(), null, TestClockConfiguration.ZONE,
				2024);

		assertThat(latest.years()).containsExactly(new ShoutOuts.YearCount(2026, 2, 1),
				new ShoutOuts.YearCount(2024, 1, 0));
		assertThat(latest.year()).isEqualTo(2026);
		assertThat(latest.received()).extracting((card) -> card.shoutOut().getId())
			.containsExactly(later.getId(), earlier.getId());
		assertThat(latest.given()).extracting((card) -> card.shoutOut().getId()).containsExactly(given.getId());
		assertThat(back.year()).isEqualTo(2024);
		assertThat(back.received()).extracting((card) -> card.shoutOut().getId()).containsExactly(old.getId());
		assertThat(back.given()).isEmpty();
		// A year without any shows the latest.
		assertThat(this.shoutOuts.recognitionOf(bea.getId(), null, TestClockConfiguration.ZONE, 1999).year())
			.isEqualTo(2026);
	}

	@Test
	void sendingTheSameFormTwiceCreatesOneShoutOut() {
		NewShoutOut request = new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Thank you!", false,
				UUID.randomUUID().toString());

		ShoutOut first = this.shoutOuts.post(this.author.getId(), request);
		ShoutOut second = this.shoutOuts.post(this.author.getId(), request);

		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(this.shoutOuts.recognitionOf(this.ana.getId(), null, TestClockConfiguration.ZONE, null).received())
			.hasSize(1);
	}

	@Test
	void theAuthorMayEditOrDeleteForFifteenMinutesOnly() {
		ShoutOut shoutOut = this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Thanks"));

		this.clock.advance(Duration.ofMinutes(14));
		this.shoutOuts.edit(shoutOut.getId(), this.author.getId(), "Thanks a lot", this.value, false);
		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.shoutOuts.edit(shoutOut.getId(), this.ana.getId(), "Hijacked", this.value, false));

		this.clock.advance(Duration.ofMinutes(2));
		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.shoutOuts.delete(shoutOut.getId(), this.author.getId()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("shoutOut.editWindowOver"));
		assertThat(this.shoutOuts.get(shoutOut.getId()).getMessage()).isEqualTo("Thanks a lot");
	}

	@Test
	void reactionsToggleAndCountOncePerPersonAndKind() {
		ShoutOut shoutOut = this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Thanks"));

		ShoutOutCard once = this.shoutOuts.toggleReaction(shoutOut.getId(), this.ana.getId(), ReactionKind.HEART);
		this.shoutOuts.toggleReaction(shoutOut.getId(), this.tom.getId(), ReactionKind.HEART);
		this.shoutOuts.toggleReaction(shoutOut.getId(), this.tom.getId(), ReactionKind.STAR);
		ShoutOutCard undone = this.shoutOuts.toggleReaction(shoutOut.getId(), this.ana.getId(), ReactionKind.HEART);

		assertThat(once.count(ReactionKind.HEART)).isEqualTo(1);
		assertThat(once.reacted(ReactionKind.HEART)).isTrue();
		assertThat(undone.count(ReactionKind.HEART)).isEqualTo(1);
		assertThat(undone.reacted(ReactionKind.HEART)).isFalse();
		assertThat(undone.count(ReactionKind.STAR)).isEqualTo(1);
	}

	@Test
	void publicShoutOutsWaitForAManagerAndReportsSendThemBack() {
		Person manager = person("Manager", false);
		ShoutOut shoutOut = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Public thanks", true, null));
		assertThat(shoutOut.getModeration()).isEqualTo(Moderation.PENDING);
		assertThat(onWall(shoutOut)).isFalse();

		this.moderation.approve(shoutOut.getId(), manager.getId(), "Public thanks, edited", null);
		assertThat(onWall(shoutOut)).isTrue();
		assertThat(this.shoutOuts.get(shoutOut.getId()).getPublicMessage()).isEqualTo("Public thanks, edited");

		this.shoutOuts.report(shoutOut.getId(), this.tom.getId(), "Not appropriate");
		assertThat(this.shoutOuts.get(shoutOut.getId()).getModeration()).isEqualTo(Moderation.PENDING);
		assertThat(onWall(shoutOut)).isFalse();
		assertThat(this.moderation.pending()).anySatisfy((item) -> {
			assertThat(item.shoutOut().getId()).isEqualTo(shoutOut.getId());
			assertThat(item.reports()).containsExactly("Not appropriate");
		});

		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.moderation.reject(shoutOut.getId(), manager.getId(), " "));
		this.moderation.reject(shoutOut.getId(), manager.getId(), "Names a customer");
		assertThat(this.shoutOuts.get(shoutOut.getId()).getModeration()).isEqualTo(Moderation.REJECTED);
		assertThat(this.notices.latest(this.author.getId())).extracting((notice) -> notice.getMessageCode())
			.contains("notice.shoutOutRejected");
		assertThat(onWall(shoutOut)).isFalse();
	}

	@Test
	void withModerationOffStaffShoutOutsGoStraightToTheWall() {
		this.moderation.skipStaffModeration(true);

		ShoutOut shoutOut = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Straight to the wall", true, null));

		assertThat(shoutOut.getModeration()).isEqualTo(Moderation.APPROVED);
		assertThat(onWall(shoutOut)).isTrue();
	}

	@Test
	void onlyPeopleWhoConsentedAppearOnThePublicWall() {
		Person manager = person("Manager", false);
		ShoutOut toTom = this.shoutOuts.post(this.author.getId(), new NewShoutOut(
				List.of(this.tom.getId(), this.ana.getId()), null, this.value, "Thanks both", true, null));
		this.moderation.approve(toTom.getId(), manager.getId(), null, null);

		assertThat(onWall(toTom)).as("Tom did not consent").isFalse();
		this.people.changePublicConsent(this.tom.getId(), true);
		assertThat(onWall(toTom)).isTrue();
	}

	@Test
	void withdrawingConsentTakesEveryShoutOutNamingThePersonOffTheWallAndGivingItBackRestoresTheirPlaces() {
		Person manager = person("Manager", false);
		ShoutOut first = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "First thanks", true, null));
		this.moderation.approve(first.getId(), manager.getId(), null, null);
		this.clock.advance(Duration.ofHours(1));
		ShoutOut second = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Second thanks", true, null));
		this.moderation.approve(second.getId(), manager.getId(), null, null);
		Instant firstReached = this.shoutOuts.get(first.getId()).getPublicSince();
		assertThat(firstReached).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
		assertThat(wallIds()).containsSubsequence(second.getId(), first.getId());

		this.people.update(this.ana.getId(), this.people.get(this.ana.getId()).getVersion(),
				new PersonDetails("Ana", this.ana.getEmail(), "Agent", null, null, false));

		assertThat(wallIds()).doesNotContain(first.getId(), second.getId());
		assertThat(this.shoutOuts.get(first.getId()).getPublicSince()).isNull();
		assertThatExceptionOfType(ShoutOutNotFoundException.class)
			.isThrownBy(() -> this.shoutOuts.publicCard(first.getId()));

		this.clock.advance(Duration.ofDays(30));
		this.people.changePublicConsent(this.ana.getId(), true);

		assertThat(wallIds()).containsSubsequence(second.getId(), first.getId());
		assertThat(this.shoutOuts.get(first.getId()).getPublicSince()).as("back in its place, not on top")
			.isEqualTo(firstReached);
		assertThat(this.shoutOuts.publicCard(first.getId()).shoutOut().getId()).isEqualTo(first.getId());
	}

	@Test
	void hidingOrReportingTakesAShoutOutOffTheWallAndApprovingItAgainPutsItOnTop() {
		Person manager = person("Manager", false);
		ShoutOut older = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Older thanks", true, null));
		this.moderation.approve(older.getId(), manager.getId(), null, null);
		this.clock.advance(Duration.ofHours(1));
		ShoutOut newer = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Newer thanks", true, null));
		this.moderation.approve(newer.getId(), manager.getId(), null, null);

		this.shoutOuts.report(older.getId(), this.tom.getId(), "Check this");
		assertThat(wallIds()).contains(newer.getId()).doesNotContain(older.getId());
		this.clock.advance(Duration.ofHours(1));
		this.moderation.approve(older.getId(), manager.getId(), null, null);
		assertThat(wallIds()).containsSubsequence(older.getId(), newer.getId());

		this.shoutOuts.hide(newer.getId(), manager.getId());
		assertThat(wallIds()).contains(older.getId()).doesNotContain(newer.getId());
		assertThat(this.shoutOuts.get(newer.getId()).getPublicSince()).isNull();
	}

	@Test
	void customerThanksStayHiddenUntilApprovedAndLinkedToAPerson() {
		Person manager = person("Manager", false);
		this.thanks.submit("Ana from billing", "She fixed everything", "Margaret", "margaret@example.com",
				"198.51.100.7", null);
		ModerationQueue.Item item = this.moderation.pending()
			.stream()
			.filter((pending) -> "Ana from billing".equals(pending.shoutOut().getAgentName()))
			.findFirst()
			.orElseThrow();
		ShoutOut thanksFromCustomer = item.shoutOut();
		assertThat(onWall(thanksFromCustomer)).isFalse();

		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.moderation.approve(thanksFromCustomer.getId(), manager.getId(), null, null))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("moderation.linkRequired"));
		this.moderation.approve(thanksFromCustomer.getId(), manager.getId(), null, this.ana.getId());

		assertThat(onWall(thanksFromCustomer)).isTrue();
	}

	@Test
	void thePublicFormIgnoresBotsAndLimitsEachAddress() {
		assertThat(this.thanks.submit("Agent", "Spam", null, null, "203.0.113.9", "http://spam.example")).isFalse();
		long pending = this.moderation.count();

		for (int i = 0; i < 3; i++) {
			this.thanks.submit("Agent", "Thanks " + i, null, null, "203.0.113.10", null);
		}
		assertThatExceptionOfType(CustomerThanks.ThanksRateLimitedException.class)
			.isThrownBy(() -> this.thanks.submit("Agent", "One too many", null, null, "203.0.113.10", null));
		this.thanks.submit("Agent", "Another address", null, null, "203.0.113.11", null);
		this.clock.advance(Duration.ofMinutes(61));
		this.thanks.submit("Agent", "An hour later", null, null, "203.0.113.10", null);

		assertThat(this.moderation.count()).isEqualTo(pending + 5);
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void thePublicFormNeedsOnlyOneFreeDatabaseConnection() throws Exception {
		long pending = this.moderation.count();

		assertThat(BusyConnections.withOneFreeConnection(this.dataSource,
				() -> this.thanks.submit("Agent", "Busy day, thank you", null, null, "203.0.113.20", null)))
			.isTrue();
		assertThat(this.moderation.count()).isEqualTo(pending + 1);
	}

	@Test
	void reportsOnInternalShoutOutsReachTheQueueToo() {
		Person manager = person("Manager", false);
		ShoutOut internal = this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Internal"));

		this.shoutOuts.report(internal.getId(), this.tom.getId(), "Unkind");

		assertThat(this.moderation.pending())
			.anySatisfy((item) -> assertThat(item.shoutOut().getId()).isEqualTo(internal.getId()));
		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.moderation.approve(internal.getId(), manager.getId(), null, null))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("moderation.notPending"));
		this.moderation.hide(internal.getId(), manager.getId());
		assertThat(this.moderation.pending())
			.noneSatisfy((item) -> assertThat(item.shoutOut().getId()).isEqualTo(internal.getId()));
		assertThat(this.shoutOuts.get(internal.getId()).isHidden()).isTrue();
	}

	@Test
	void anEditByTheAuthorCannotBringAReportedShoutOutBackWithoutAManager() {
		this.moderation.skipStaffModeration(true);
		ShoutOut shoutOut = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "On the wall", true, null));
		this.shoutOuts.report(shoutOut.getId(), this.tom.getId(), "Wrong person");

		this.shoutOuts.edit(shoutOut.getId(), this.author.getId(), "On the wall, edited", this.value, true);

		assertThat(this.shoutOuts.get(shoutOut.getId()).getModeration()).isEqualTo(Moderation.PENDING);
		assertThat(onWall(shoutOut)).isFalse();
	}

	@Test
	void rejectedCustomerThanksDoNotShowOnThePersonsPage() {
		Person manager = person("Manager", false);
		this.thanks.submit("Ana", "Rejected thanks", null, null, "198.51.100.99", null);
		ShoutOut thanksFromCustomer = this.moderation.pending()
			.stream()
			.map(ModerationQueue.Item::shoutOut)
			.filter((shoutOut) -> "Rejected thanks".equals(shoutOut.getMessage()))
			.findFirst()
			.orElseThrow();
		this.moderation.approve(thanksFromCustomer.getId(), manager.getId(), null, this.ana.getId());
		this.shoutOuts.report(thanksFromCustomer.getId(), this.tom.getId(), "Not true");
		this.moderation.reject(thanksFromCustomer.getId(), manager.getId(), "Not true");

		assertThat(this.shoutOuts.recognitionOf(this.ana.getId(), null, TestClockConfiguration.ZONE, null)
			.received()
			.stream()
			.map((card) -> card.shoutOut().getId())).doesNotContain(thanksFromCustomer.getId());
	}

	@Test
	void managersSeeWhoWasNotRecognisedLatelyNeverRecognisedFirstThenLongestAgo() {
		Instant longAgo = this.clock.instant();
		this.shoutOuts.post(this.author.getId(), request(List.of(this.tom.getId()), "Long ago"));
		this.clock.advance(Duration.ofDays(100));
		this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Thanks"));

		List<ShoutOuts.NotRecognised> forgotten = this.shoutOuts.notRecognisedSince(90);

		List<Long> ids = forgotten.stream().map((row) -> row.person().getId()).toList();
		assertThat(ids).contains(this.tom.getId(), this.author.getId()).doesNotContain(this.ana.getId());
		assertThat(ids.indexOf(this.author.getId())).isLessThan(ids.indexOf(this.tom.getId()));
		assertThat(forgotten).filteredOn((row) -> row.person().getId().equals(this.tom.getId()))
			.singleElement()
			.satisfies((row) -> assertThat(row.lastReceived()).isEqualTo(longAgo));
		assertThat(forgotten).filteredOn((row) -> row.person().getId().equals(this.author.getId()))
			.singleElement()
			.satisfies((row) -> assertThat(row.lastReceived()).isNull());
	}

	@Test
	void whoWasRecognisedLatelyIsReadFromThePeriodsShoutOutsNotAllRecipients() {
		QueryPlans.assumeH2(this.jdbc);
		this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Thanks"));

		StatementCounting.reset();
		assertThat(this.shoutOuts.notRecognisedSince(90)).isNotEmpty();
		String recent = StatementCounting.statements()
			.stream()
			.filter((sql) -> sql.startsWith("select distinct") && sql.contains("shout_out_recipient"))
			.findFirst()
			.orElseThrow();
		String plan = QueryPlans.explain(this.jdbc, recent, this.clock.instant().atOffset(ZoneOffset.UTC));

		assertThat(plan).contains("IX_SHOUT_OUT_CREATED: CREATED_AT >=");
		// H2 chooses its join order by the tables' sizes: joined plainly, it started from
		// the people on the large data set (all recipients read) but not on this small
		// database, so the shape that works on both is pinned too.
		assertThat(recent).containsPattern("where \\w+\\.id in \\(select");
	}

	@Test
	void theFeedShowsOnlyWhatEachChosenFilterAllowsNewestFirstAndLeavesOutHiddenShoutOuts() {
		org.serviceweek.people.Team team = this.people.addTeam("Feed team " + UUID.randomUUID());
		Person member = this.people.add(new PersonDetails("Member", "member." + UUID.randomUUID() + "@example.com",
				"Agent", null, team.getId(), false));
		Person manager = person("Feed Manager", false);
		this.clock.set(Instant.parse("2031-03-01T09:00:00Z"));
		ShoutOut toMember = this.shoutOuts.post(this.author.getId(), request(List.of(member.getId()), "To a member"));
		this.clock.advance(Duration.ofDays(1));
		ShoutOut toTeam = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(), team.getId(), this.value, "To the team", false, null));
		this.clock.advance(Duration.ofDays(1));
		ShoutOut toTom = this.shoutOuts.post(this.author.getId(), request(List.of(this.tom.getId()), "To Tom"));
		ShoutOut fromTom = this.shoutOuts.post(this.tom.getId(), request(List.of(this.ana.getId()), "From Tom"));
		ShoutOut hidden = this.shoutOuts.post(this.author.getId(), request(List.of(member.getId()), "Hidden"));
		this.shoutOuts.hide(hidden.getId(), manager.getId());

		assertThat(feed(team.getId(), null, null, null, null)).containsExactly(toTeam.getId(), toMember.getId());
		assertThat(feed(null, this.value, null, null, null)).containsExactly(fromTom.getId(), toTom.getId(),
				toTeam.getId(), toMember.getId());
		assertThat(feed(null, this.value, this.tom.getId(), null, null)).containsExactly(fromTom.getId(),
				toTom.getId());
		assertThat(feed(null, this.value, null, Instant.parse("2031-03-02T00:00:00Z"),
				Instant.parse("2031-03-03T00:00:00Z")))
			.containsExactly(toTeam.getId());
		Page<ShoutOutCard> firstTwo = this.shoutOuts.feed(new ShoutOuts.FeedFilter(null, this.value, null, null, null),
				PageRequest.of(0, 2), this.ana.getId());
		assertThat(firstTwo.getTotalElements()).isEqualTo(4);
		assertThat(firstTwo.getContent()).extracting((card) -> card.shoutOut().getId())
			.containsExactly(fromTom.getId(), toTom.getId());
	}

	@Test
	void theQueueShowsWaitingAndReportedShoutOutsTogetherOldestFirstAndEachOnce() {
		Person manager = person("Queue Manager", false);
		this.clock.set(Instant.parse("1990-01-01T09:00:00Z"));
		ShoutOut reported = this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Reported"));
		this.shoutOuts.report(reported.getId(), this.tom.getId(), "Unkind");
		this.clock.advance(Duration.ofMinutes(1));
		ShoutOut waiting = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Waiting", true, null));
		this.clock.advance(Duration.ofMinutes(1));
		ShoutOut waitingAndReported = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Both", true, null));
		this.shoutOuts.report(waitingAndReported.getId(), this.tom.getId(), "Off topic");
		this.clock.advance(Duration.ofMinutes(1));
		ShoutOut hidden = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Hidden", true, null));
		this.moderation.hide(hidden.getId(), manager.getId());
		List<Long> mine = List.of(reported.getId(), waiting.getId(), waitingAndReported.getId(), hidden.getId());

		assertThat(this.moderation.pending()).extracting((item) -> item.shoutOut().getId())
			.filteredOn(mine::contains)
			.containsExactly(reported.getId(), waiting.getId(), waitingAndReported.getId());
	}

	@Test
	void theQueueIsReadThroughIndexesNotTheWholeTable() {
		QueryPlans.assumeH2(this.jdbc);
		ShoutOut waiting = this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "Waiting", true, null));
		this.shoutOuts.report(waiting.getId(), this.tom.getId(), "Unkind");

		StatementCounting.reset();
		assertThat(this.moderation.pending()).isNotEmpty();
		List<String> plans = StatementCounting.statements()
			.stream()
			// The queries that choose the ids (loading their details joins).
			.filter((sql) -> sql.startsWith("select") && sql.contains("from shout_out ") && !sql.contains(" join "))
			.map((sql) -> QueryPlans.explain(this.jdbc, sql, 200L))
			.toList();

		// The waiting ones from the moderation index, the reported ones by their ids.
		assertThat(plans).hasSize(2)
			.anySatisfy((plan) -> assertThat(plan).contains("IX_SHOUT_OUT_MODERATION: MODERATION = "))
			.anySatisfy((plan) -> assertThat(plan).containsPattern("PRIMARY_KEY_\\w+: ID IN\\(SELECT"));
	}

	@Test
	void aFeedFilteredByAValueIsReadInTheValuesIndexNewestFirst() {
		QueryPlans.assumeH2(this.jdbc);
		for (int i = 0; i < 3; i++) {
			this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Thanks " + i));
			this.clock.advance(Duration.ofMinutes(1));
		}

		StatementCounting.reset();
		Page<ShoutOutCard> page = this.shoutOuts.feed(new ShoutOuts.FeedFilter(null, this.value, null, null, null),
				PageRequest.of(0, 2), this.ana.getId());
		String idQuery = StatementCounting.statements()
			.stream()
			.filter((sql) -> sql.startsWith("select") && sql.contains("order by") && sql.contains("value_id"))
			.findFirst()
			.orElseThrow();
		String plan = QueryPlans.explain(this.jdbc, idQuery, this.value);

		assertThat(page.getTotalElements()).isEqualTo(3);
		// The value's index, read in its order: no sorting of the value's shout-outs.
		assertThat(plan).contains("IX_SHOUT_OUT_VALUE_NEWEST").contains("/* index sorted */");
	}

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void theUnfilteredFeedCountsOnlyUpToALimitPastThePagesAroundTheOneShownAFilteredOneExactly() {
		for (int i = 0; i < 5; i++) {
			this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Counted " + i));
		}
		long all = this.jdbc.queryForObject("select count(*) from shout_out where hidden_at is null"
				+ " and (source = 'STAFF' or moderation = 'APPROVED')", Long.class);
		FeedQueries countingUpToTwo = new FeedQueries(this.entityManager, 2);

		assertCountsUpToALimitPastThePageAndAFilterExactly(all,
				(pageable) -> countingUpToTwo.ids(null, null, null, null, null, pageable),
				(pageable) -> countingUpToTwo.ids(null, null, this.ana.getId(), null, null, pageable));
	}

	@Test
	void aTeamsFeedCountsEachShoutOutOnceWhetherSentToTheTeamOrToMembers() {
		org.serviceweek.people.Team team = this.people.addTeam("Counted team " + UUID.randomUUID());
		Person first = this.people.add(new PersonDetails("First member", "first." + UUID.randomUUID() + "@example.com",
				"Agent", null, team.getId(), false));
		Person second = this.people.add(new PersonDetails("Second member",
				"second." + UUID.randomUUID() + "@example.com", "Agent", null, team.getId(), false));
		long manager = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		this.shoutOuts.post(this.author.getId(), request(List.of(first.getId()), "To a member"));
		this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(), team.getId(), this.value, "To the team", false, null));
		this.shoutOuts.post(this.author.getId(), request(List.of(first.getId(), second.getId()), "To two members"));
		this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Not to the team"));
		ShoutOut hidden = this.shoutOuts.post(this.author.getId(), request(List.of(second.getId()), "Hidden"));
		this.shoutOuts.hide(hidden.getId(), manager);
		FeedQueries feed = new FeedQueries(this.entityManager, 2);
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);

		CountedPage<Long> page = transaction
			.execute((status) -> feed.ids(team.getId(), null, null, null, null, PageRequest.of(0, 2)));
		CountedPage<Long> forSecond = transaction
			.execute((status) -> feed.ids(team.getId(), null, second.getId(), null, null, PageRequest.of(0, 1)));

		// Three: the one to the team (whose members are also its recipients)
		// and the one to two members once each, the hidden one and the one to
		// Ana not at all.
		assertThat(page.getContent()).hasSize(2);
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.isCountCapped()).isFalse();
		// The other filters apply to both ways of reaching the team: for the
		// second member, the one to the team and the one to two members.
		assertThat(forSecond.getTotalElements()).isEqualTo(2);
	}

	@Test
	void aFeedFilteredByAValueCountsOnlyUpToALimitToo() {
		// Read in the value's own index, counting as far as the limit reads no
		// more than the value's shout-outs (an exact count reads them all).
		for (int i = 0; i < 5; i++) {
			this.shoutOuts.post(this.author.getId(), request(List.of(this.ana.getId()), "Counted " + i));
		}
		FeedQueries countingUpToTwo = new FeedQueries(this.entityManager, 2);
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);

		CountedPage<Long> first = transaction
			.execute((status) -> countingUpToTwo.ids(null, this.value, null, null, null, PageRequest.of(0, 1)));
		CountedPage<Long> last = transaction
			.execute((status) -> countingUpToTwo.ids(null, this.value, null, null, null, PageRequest.of(4, 1)));

		assertThat(first.isCountCapped()).as("four pages on, passed").isTrue();
		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(last.isCountCapped()).isFalse();
		assertThat(last.getTotalElements()).isEqualTo(5);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void theUnfilteredWallCountsOnlyUpToALimitPastThePagesAroundTheOneShownAFilteredOneExactly() {
		this.moderation.skipStaffModeration(true);
		for (int i = 0; i < 5; i++) {
			this.shoutOuts.post(this.author.getId(),
					new NewShoutOut(List.of(this.ana.getId()), null, this.value, "On the wall " + i, true, null));
		}
		long all = this.jdbc.queryForObject("select count(*) from shout_out where public_since is not null",
				Long.class);
		PublicWallQueries countingUpToTwo = new PublicWallQueries(this.entityManager, 2);

		assertCountsUpToALimitPastThePageAndAFilterExactly(all,
				(pageable) -> countingUpToTwo.ids(null, null, null, null, null, pageable),
				(pageable) -> countingUpToTwo.ids(null, null, null, this.value, null, pageable));
		// Through the service, with its limit of 2,000: a short wall is counted exactly.
		CountedPage<ShoutOutCard> wall = this.shoutOuts.publicWall(PageRequest.of(0, 2));
		assertThat(wall.isCountCapped()).isFalse();
		assertThat(wall.getTotalElements()).isEqualTo(all);
	}

	/**
	 * With five matches of the filter among {@code all}, and ids counted up to two: the
	 * first page counts four pages on and passes them, a page near the end counts them
	 * all, and the filter counts exactly.
	 */
	private void assertCountsUpToALimitPastThePageAndAFilterExactly(long all,
			Function<Pageable, CountedPage<Long>> unfiltered, Function<Pageable, CountedPage<Long>> filteredToFive) {
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);

		// Page 1 of 1 each: counted up to four pages on, five, which the ids pass.
		CountedPage<Long> first = transaction.execute((status) -> unfiltered.apply(PageRequest.of(0, 1)));
		assertThat(first.isCountCapped()).isTrue();
		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getContent()).hasSize(1);
		// Near the end, the limit moves with the page: all are counted.
		CountedPage<Long> nearTheEnd = transaction
			.execute((status) -> unfiltered.apply(PageRequest.of((int) all - 2, 1)));
		assertThat(nearTheEnd.isCountCapped()).isFalse();
		assertThat(nearTheEnd.getTotalElements()).isEqualTo(all);
		assertThat(nearTheEnd.hasNext()).isTrue();
		// A filter is counted exactly.
		CountedPage<Long> filtered = transaction.execute((status) -> filteredToFive.apply(PageRequest.of(0, 1)));
		assertThat(filtered.isCountCapped()).isFalse();
		assertThat(filtered.getTotalElements()).isEqualTo(5);
	}

	private List<Long> feed(Long teamId, Long valueId, Long personId, Instant from, Instant to) {
		return this.shoutOuts
			.feed(new ShoutOuts.FeedFilter(teamId, valueId, personId, from, to), PageRequest.of(0, 100),
					this.ana.getId())
			.stream()
			.map((card) -> card.shoutOut().getId())
			.toList();
	}

	private List<Long> wallIds() {
		return this.shoutOuts.publicWall(PageRequest.of(0, 1000))
			.stream()
			.map((card) -> card.shoutOut().getId())
			.toList();
	}

	private boolean onWall(ShoutOut shoutOut) {
		return this.shoutOuts.publicWall(PageRequest.of(0, 1000))
			.stream()
			.anyMatch((card) -> card.shoutOut().getId().equals(shoutOut.getId()));
	}

	private void assertRefused(NewShoutOut request, String messageKey) {
		assertThatExceptionOfType(ShoutOutRuleException.class)
			.isThrownBy(() -> this.shoutOuts.post(this.author.getId(), request))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
	}

	private NewShoutOut request(List<Long> recipients, String message) {
		return new NewShoutOut(recipients, null, this.value, message, false, null);
	}

	private Person person(String name, boolean consent) {
		return this.people.add(new PersonDetails(name, name.toLowerCase().replace(' ', '.') + "."
				+ UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Agent", null, null, consent));
	}

}
