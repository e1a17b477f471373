package org.serviceweek.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.Person;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.Audited.Action;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.CustomerThanks;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each audited action, done the way people do it (through the web, signed in), leaves one
 * entry with who, what, to what and when; an action that does not commit leaves none.
 */
@OperationsTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditLog log;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CustomerThanks customerThanks;

	@Autowired
	WallOfFame fame;

	@Autowired
	WeekPlanner planner;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Test
	void aSignInIsRecordedWithTheClientsAddress() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(post("/login").param("username", staff.getUsername())
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())
			.with(from("198.51.100.23")));

		assertThat(entries(Action.SIGNED_IN, staff.getUsername())).singleElement().satisfies((entry) -> {
			assertThat(entry.getActor()).isEqualTo(staff.getUsername());
			assertThat(entry.getActorName()).isEqualTo(staff.getDisplayName());
			assertThat(entry.getDetail()).isEqualTo("password");
			assertThat(entry.getClientAddress()).isEqualTo("198.51.100.23");
		});
	}

	@Test
	void aRefusedSignInRecordsTheNameTriedAndTheAddressButNeverThePassword() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(post("/login").param("username", staff.getUsername())
			.param("password", "my secret guess 42")
			.with(csrf())
			.with(from("203.0.113.9")));
		this.mvc.perform(post("/login").param("username", "nobody-" + staff.getUsername())
			.param("password", "my secret guess 42")
			.with(csrf())
			.with(from("203.0.113.9")));

		List<AuditEntry> refused = entries(Action.SIGN_IN_FAILED, staff.getUsername());
		assertThat(refused).hasSize(2)
			.extracting(AuditEntry::getActor)
			.containsExactlyInAnyOrder(staff.getUsername(), "nobody-" + staff.getUsername());
		assertThat(refused).allSatisfy((entry) -> {
			assertThat(entry.getClientAddress()).isEqualTo("203.0.113.9");
			assertThat(entry.getDetail()).isEqualTo("BadCredentials");
			assertThat(String.join("|", entry.getActor(), String.valueOf(entry.getTarget()),
					String.valueOf(entry.getDetail())))
				.doesNotContain("secret guess");
		});
		assertThat(entries(Action.SIGNED_IN, staff.getUsername())).isEmpty();
	}

	@Test
	void roleChangesAndDisablingAnAccountAreRecordedWithTheAdministrator() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);

		this.mvc.perform(post("/admin/accounts/" + staff.getAccountId() + "/role").param("role", "MANAGER")
			.with(csrf())
			.with(user(admin)));
		this.mvc.perform(post("/admin/accounts/" + staff.getAccountId() + "/enabled").param("enabled", "false")
			.with(csrf())
			.with(user(admin)));

		assertThat(entries(Action.ROLE_CHANGED, staff.getUsername())).singleElement().satisfies((entry) -> {
			assertThat(entry.getActor()).isEqualTo(admin.getUsername());
			assertThat(entry.getActorName()).isEqualTo(admin.getDisplayName());
			assertThat(entry.getTarget()).contains(staff.getDisplayName()).contains(staff.getUsername());
			assertThat(entry.getDetail()).isEqualTo("STAFF → MANAGER");
		});
		assertThat(entries(Action.ACCOUNT_DISABLED, staff.getUsername())).singleElement()
			.extracting(AuditEntry::getActor)
			.isEqualTo(admin.getUsername());
	}

	@Test
	void moderationDecisionsAreRecordedWithTheManager() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person ana = this.testAccounts.person("Ana Moderated");
		long approved = thank(ana);
		long edited = thank(ana);
		long rejected = thank(ana);
		long reported = thank(ana);
		long hidden = thank(ana);
		this.shoutOuts.report(reported, this.testAccounts.person("Worried Reader").getId(), "Is this okay?");

		this.mvc.perform(post("/moderation/" + approved + "/approve").with(csrf()).with(user(manager)));
		this.mvc.perform(post("/moderation/" + edited + "/approve").param("publicText", "Thanks, Ana, for the fix!")
			.with(csrf())
			.with(user(manager)));
		this.mvc.perform(post("/moderation/" + rejected + "/reject").param("reason", "Names a customer")
			.with(csrf())
			.with(user(manager)));
		this.mvc.perform(post("/moderation/" + reported + "/dismiss").with(csrf()).with(user(manager)));
		this.mvc.perform(post("/moderation/" + hidden + "/hide").with(csrf()).with(user(manager)));

		List<AuditEntry> byManager = entries(null, manager.getUsername());
		assertThat(byManager).extracting(AuditEntry::getAction, AuditEntry::getTarget)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(Action.SHOUT_OUT_APPROVED, target(approved, ana)),
					org.assertj.core.groups.Tuple.tuple(Action.SHOUT_OUT_APPROVED, target(edited, ana)),
					org.assertj.core.groups.Tuple.tuple(Action.SHOUT_OUT_EDITED, target(edited, ana)),
					org.assertj.core.groups.Tuple.tuple(Action.SHOUT_OUT_REJECTED, target(rejected, ana)),
					org.assertj.core.groups.Tuple.tuple(Action.REPORTS_DISMISSED, target(reported, ana)),
					org.assertj.core.groups.Tuple.tuple(Action.SHOUT_OUT_HIDDEN, target(hidden, ana)));
		assertThat(byManager).filteredOn((entry) -> entry.getAction() == Action.SHOUT_OUT_REJECTED)
			.singleElement()
			.extracting(AuditEntry::getDetail)
			.isEqualTo("Names a customer");
		assertThat(byManager).filteredOn((entry) -> entry.getAction() == Action.SHOUT_OUT_EDITED)
			.singleElement()
			.extracting(AuditEntry::getDetail)
			.isEqualTo("Thanks, Ana, for the fix!");
	}

	@Test
	void customerThanksDecisionsAreRecorded() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person agent = this.testAccounts.person("Agent Thanked");
		long kept = customerThanks("Agent Thanked, billing", "Dana Customer");
		long refused = customerThanks("Someone, somewhere", "Eve Customer");

		this.mvc.perform(post("/moderation/" + kept + "/approve").param("personId", String.valueOf(agent.getId()))
			.with(csrf())
			.with(user(manager)));
		this.mvc.perform(
				post("/moderation/" + refused + "/reject").param("reason", "Spam").with(csrf()).with(user(manager)));

		assertThat(entries(Action.THANKS_APPROVED, manager.getUsername())).singleElement().satisfies((entry) -> {
			assertThat(entry.getTarget()).isEqualTo("#" + kept + " → Agent Thanked");
			assertThat(entry.getDetail()).isEqualTo("Dana Customer");
		});
		assertThat(entries(Action.THANKS_REJECTED, manager.getUsername())).singleElement().satisfies((entry) -> {
			assertThat(entry.getTarget()).isEqualTo("#" + refused + " → Someone, somewhere");
			assertThat(entry.getDetail()).isEqualTo("Spam");
		});
	}

	@Test
	void anInductionAndItsWithdrawalAreRecorded() throws Exception {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		Person hero = this.testAccounts.person("Hero Inducted");
		long category = this.fame.addCategory("Audit hero " + System.nanoTime(), null).getId();

		String location = this.mvc
			.perform(post("/fame/inductions").param("personId", String.valueOf(hero.getId()))
				.param("categoryId", String.valueOf(category))
				.param("year", String.valueOf(this.fame.currentYear()))
				.param("citation", "For calm on the busiest day.")
				.with(csrf())
				.with(user(manager)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String inductionId = location.substring(location.indexOf("#induction-") + "#induction-".length());
		this.mvc.perform(post("/fame/inductions/" + inductionId + "/delete").with(csrf()).with(user(manager)));

		assertThat(entries(null, "Hero Inducted")).extracting(AuditEntry::getAction)
			.containsExactly(Action.INDUCTION_WITHDRAWN, Action.INDUCTED);
		assertThat(entries(null, "Hero Inducted")).allSatisfy((entry) -> {
			assertThat(entry.getActor()).isEqualTo(manager.getUsername());
			assertThat(entry.getDetail()).contains(String.valueOf(this.fame.currentYear()))
				.contains("(#" + inductionId + ")");
		});
	}

	@Test
	void everyExportIsRecordedWithWhoDownloadedIt() throws Exception {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		this.planner.startPlanning(2093, StartFrom.EMPTY, null, Locale.ENGLISH);
		long activity = this.planner
			.addActivity(2093,
					new ActivityDetails(this.planner.get(2093).getStartsOn(), LocalTime.of(9, 0), LocalTime.of(10, 0),
							"Exported kick-off", ActivityKind.KICK_OFF, null, null, null, null, null, null))
			.getId();

		for (String path : List.of("/roster/export", "/shoutouts/export.csv?from=2026-01-01&to=2026-01-31",
				"/suggestions/export.csv", "/frontline/tracker.csv?year=2026",
				"/activities/" + activity + "/signups.csv")) {
			var response = this.mvc.perform(get(path).with(user(manager))).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			// Each one a CSV that Excel on Windows reads as UTF-8 (CsvDownload).
			assertThat(response.getContentAsByteArray()).as(path).startsWith(0xEF, 0xBB, 0xBF);
		}

		assertThat(entries(Action.EXPORTED, manager.getUsername())).extracting(AuditEntry::getTarget)
			.containsExactlyInAnyOrder("serviceweek-roster-2026-09-01.csv", "shoutouts-2026-01-01-to-2026-01-31.csv",
					"suggestions-open-2026-09-01.csv", "leaders-beside-agents-2026.csv",
					"signups-" + activity + ".csv");
		assertThat(entries(Action.EXPORTED, "signups-" + activity + ".csv")).singleElement()
			.extracting(AuditEntry::getDetail)
			.isEqualTo("Exported kick-off, " + this.planner.get(2093).getStartsOn());
	}

	@Test
	void anEntryIsKeptOnlyWhenTheChangeItRecordsIsCommitted() {
		Person ana = this.testAccounts.person("Ana Rolled Back");
		long manager = this.testAccounts.signedIn(Role.MANAGER).getPersonId();
		long rolledBack = thank(ana);
		long committed = thank(ana);

		this.transactions.executeWithoutResult((status) -> {
			this.moderation.approve(rolledBack, manager, null, null);
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> this.moderation.approve(committed, manager, null, null));

		assertThat(entries(Action.SHOUT_OUT_APPROVED, "Ana Rolled Back")).extracting(AuditEntry::getTarget)
			.containsExactly(target(committed, ana));
	}

	@Test
	void somethingTheAppDoesByItselfHasNoActor() {
		this.events.publishEvent(Audited.of(Action.INDUCTED, "Demo Person Without Actor", "Customer Hero 2025"));

		assertThat(entries(Action.INDUCTED, "Demo Person Without Actor")).singleElement().satisfies((entry) -> {
			assertThat(entry.getActor()).isNull();
			assertThat(entry.getOccurredAt()).isNotNull();
		});
	}

	private List<AuditEntry> entries(Action action, String text) {
		return this.log.search(new AuditLog.Search(action, text, null, null), 0).getContent();
	}

	private long thank(Person recipient) {
		long author = this.testAccounts.person("Grateful Author").getId();
		long value = this.values.add("Audit value " + System.nanoTime(), null).getId();
		return this.shoutOuts
			.post(author,
					new NewShoutOut(List.of(recipient.getId()), null, value, "Thank you for fixing it!", true, null))
			.getId();
	}

	private static String target(long shoutOutId, Person recipient) {
		return "#" + shoutOutId + " → " + recipient.getName();
	}

	private long customerThanks(String agentName, String customerName) {
		this.customerThanks.submit(agentName, "You saved my day.", customerName, null,
				"192.0.2." + System.nanoTime() % 200, null);
		return this.moderation.pending()
			.stream()
			.filter((item) -> agentName.equals(item.shoutOut().getAgentName()))
			.map((item) -> item.shoutOut().getId())
			.findFirst()
			.orElseThrow();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
