package org.serviceweek.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.serviceweek.account.Accounts;
import org.serviceweek.account.DemoSignInNotice;
import org.serviceweek.account.DemoSignInNotice.Credential;
import org.serviceweek.account.Role;
import org.serviceweek.fame.AwardCategory;
import org.serviceweek.fame.InductionRequest;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.listening.NewSuggestion;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.listening.SuggestionCategory;
import org.serviceweek.listening.SuggestionQuota;
import org.serviceweek.listening.SuggestionState;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.FrontlineRuleException;
import org.serviceweek.frontline.Leaders;
import org.serviceweek.frontline.RideAlongs;
import org.serviceweek.frontline.TradingPlacesDay;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.people.Team;
import org.serviceweek.shoutout.CompanyValue;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.CustomerThanks;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.serviceweek.week.ActivitySignUps;
import org.serviceweek.week.CelebrationWeek;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.StartFrom;
import org.serviceweek.week.WeekPlanner;
import org.serviceweek.week.WeekSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: fills an empty database with a believable customer service
 * organisation, and gives one account per role a fresh random password at every start,
 * printed to the log and shown on the sign-in page.
 */
@Component
class DemoData extends FillsBeforeTheServer {

	static final String DOMAIN = "@demo.serviceweek.example";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String[][] TEAMS = { { "Front line: phones", "Maya Okafor", "Team lead", "she/her" },
			{ "Chat and email", "Lukas Brandt", "Team lead", "he/him" },
			{ "Billing support", "Priya Raman", "Team lead", "she/her" },
			{ "Technical support", "Jonas Lindqvist", "Team lead", "he/him" },
			{ "Customer success", "Amara Mensah", "Team lead", "they/them" } };

	private static final String[] FIRST = { "Ana", "Tom", "Sofia", "Kwame", "Elena", "Mateo", "Hana", "Oliver", "Aisha",
			"Noah", "Lea", "Ravi", "Chloe", "Diego", "Ingrid", "Samir", "Yuki", "Grace", "Pavel", "Zoe", "Ibrahim",
			"Marta", "Felix", "Nadia", "Omar", "Clara", "Tariq", "Julia", "Ken", "Lucia", "Arjun", "Fatima", "Ben",
			"Irene", "Kofi" };

	private static final String[] LAST = { "Silva", "Becker", "Rossi", "Asante", "Petrova", "Garcia", "Sato", "Hughes",
			"Khan", "Dubois", "Moreau", "Iyer", "Martin", "Fernandez", "Berg", "Haddad", "Tanaka", "Obi", "Novak",
			"Clarke", "Yusuf", "Kowalski", "Wagner", "Aziz", "Farouk", "Jensen", "Malik", "Schmidt", "Ito", "Romero",
			"Nair", "Bakr", "Taylor", "Costa", "Boateng" };

	private static final String[] TITLES = { "Customer service agent", "Senior agent", "Support specialist",
			"Customer service agent", "Agent in training" };

	private final People people;

	private final Accounts accounts;

	private final CelebrationWeeks weeks;

	private final DemoSignInNotice notice;

	private final WeekPlanner planner;

	private final ActivitySignUps signUps;

	private final ShoutOuts shoutOuts;

	private final CompanyValues companyValues;

	private final CustomerThanks customerThanks;

	private final WallOfFame fame;

	private final Suggestions suggestions;

	private final SuggestionQuota suggestionQuota;

	private final Leaders leaders;

	private final RideAlongs rideAlongs;

	private final Clock clock;

	DemoData(People people, Accounts accounts, CelebrationWeeks weeks, DemoSignInNotice notice, WeekPlanner planner,
			ActivitySignUps signUps, ShoutOuts shoutOuts, CompanyValues companyValues, CustomerThanks customerThanks,
			WallOfFame fame, Suggestions suggestions, SuggestionQuota suggestionQuota, Leaders leaders,
			RideAlongs rideAlongs, Clock clock) {
		super("demo");
		this.fame = fame;
		this.suggestions = suggestions;
		this.suggestionQuota = suggestionQuota;
		this.leaders = leaders;
		this.rideAlongs = rideAlongs;
		this.shoutOuts = shoutOuts;
		this.companyValues = companyValues;
		this.customerThanks = customerThanks;
		this.planner = planner;
		this.signUps = signUps;
		this.people = people;
		this.accounts = accounts;
		this.weeks = weeks;
		this.notice = notice;
		this.clock = clock;
	}

	@Override
	void run() {
		if (this.people.count() == 0) {
			createOrganisation();
		}
		else if (this.people.findByEmail(email("Maya Okafor")).isEmpty()) {
			logger.warn("Demo profile: the database already holds real data, so no demo data or demo accounts "
					+ "were added. Use an empty data folder for the demo.");
			return;
		}
		List<Credential> credentials = new ArrayList<>();
		credentials.add(demoAccount("Amara Mensah", Role.ADMIN));
		credentials.add(demoAccount("Maya Okafor", Role.MANAGER));
		credentials.add(demoAccount("Ana Silva", Role.STAFF));
		this.notice.show(credentials);
		StringBuilder banner = new StringBuilder("\n\n  ServiceWeek demo accounts (new passwords at every start):\n");
		credentials.forEach((credential) -> banner.append(
				String.format("    %-8s %-45s %s%n", credential.role(), credential.username(), credential.password())));
		logger.info(banner.toString());
	}

	private void createOrganisation() {
		int nameIndex = 0;
		for (String[] spec : TEAMS) {
			Team team = this.people.addTeam(spec[0]);
			Person lead = this.people
				.add(new PersonDetails(spec[1], email(spec[1]), spec[2], spec[3], team.getId(), true));
			this.people.updateTeam(team.getId(), team.getVersion(), team.getName(), lead.getId());
			for (int i = 0; i < 7; i++, nameIndex++) {
				String name = FIRST[nameIndex % FIRST.length] + " " + LAST[nameIndex % LAST.length];
				// Most people agreed to appear on the public wall; some did not, as in
				// real life.
				boolean consent = nameIndex % 4 != 3;
				this.people.add(new PersonDetails(name, email(name), TITLES[nameIndex % TITLES.length], null,
						team.getId(), consent));
			}
		}
		this.people.add(new PersonDetails("Helen Achterberg", email("Helen Achterberg"), "Head of customer service",
				"she/her", null, true));
		this.people
			.add(new PersonDetails("Marcus Lee", email("Marcus Lee"), "Chief operating officer", null, null, false));
		int year = LocalDate.now(this.clock).getYear();
		CelebrationWeek week = this.weeks.weekOf(year);
		week.announce("Service Superstars", "Five days to thank the people who make our customers smile.");
		this.weeks.save(week);
		CelebrationWeek nextYear = this.weeks.weekOf(year + 1);
		nextYear.announce("Every Voice, Every Customer", "Plans for next year's week are under way.");
		this.weeks.save(nextYear);
		CelebrationWeek lastYear = this.weeks.weekOf(year - 1);
		lastYear.announce("Celebrating Customer Connections", "Thank you for a wonderful year of service.");
		this.weeks.save(lastYear);
		planWeeks(year);
		recogniseColleagues();
		celebrateInductees();
		listenToTheFrontLine();
		leadersBesideAgents();
		logger.info("Demo profile: created a sample organisation of {} people in {} teams", this.people.count(),
				TEAMS.length);
	}

	/**
	 * Last year's week and this year's, planned from the ready plan with sign-ups; next
	 * year's too once this year's is over, so that there is always something to sign up
	 * for.
	 */
	private void planWeeks(int year) {
		List<Person> everyone = this.people.search(null, null, PageRequest.of(0, 100)).getContent();
		LocalDateTime now = LocalDateTime.now(this.clock);
		planWeek(year - 1, everyone, now);
		planWeek(year, everyone, now);
		if (now.toLocalDate().isAfter(this.weeks.weekOf(year).getEndsOn())) {
			planWeek(year + 1, everyone, now);
		}
		// Appreciation does not stop on Friday: a monthly hour of leaders beside the
		// front line.
		LocalDate firstOfNextMonth = now.toLocalDate().withDayOfMonth(1).plusMonths(1);
		Person helen = this.people.findByEmail(email("Helen Achterberg")).orElseThrow();
		for (int month = 0; month < 3; month++) {
			LocalDate date = firstOfNextMonth.plusMonths(month).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
			this.planner.addActivity(null,
					new ActivityDetails(date, LocalTime.of(10, 0), LocalTime.of(11, 0), "Leaders beside the front line",
							ActivityKind.TRADING_PLACES, "Contact centre", null, helen.getId(),
							"One hour a month for every senior leader, beside an agent, taking real calls.", 6, null));
		}
	}

	private static final String[][] VALUES = { { "Went the extra mile", "Did more than anyone asked" },
			{ "Empathy", "Understood what the customer really needed" },
			{ "Teamwork", "Made a colleague's day easier" }, { "Ownership", "Saw it through to the end" },
			{ "Calm under pressure", "Kept a hard conversation kind" } };

	private static final String[] THANKS = {
			"Thank you for staying late to untangle that billing case. The customer called back just to say how happy she was!",
			"You turned a furious caller into a loyal fan today. I learned a lot listening to you.",
			"Thanks for covering my shift on short notice. You are a star.",
			"Your guide on refunds saved me hours this week. Sharing it with the whole team!",
			"You noticed the outage pattern before anyone else and told us. That is ownership.",
			"Thank you for helping me with my first difficult chat. I felt supported the whole time.",
			"The customer wrote that you were the first person who really listened. So proud to work with you.",
			"You kept the queue moving during the storm and still had a kind word for everyone." };

	/**
	 * A year of shout-outs with reactions, a few waiting for moderation, and customer
	 * thanks.
	 */
	private void recogniseColleagues() {
		List<CompanyValue> values = new ArrayList<>();
		for (String[] value : VALUES) {
			values.add(this.companyValues.add(value[0], value[1]));
		}
		List<Person> everyone = this.people.search(null, null, PageRequest.of(0, 100)).getContent();
		java.util.Random random = new java.util.Random(2026);
		java.time.Instant now = this.clock.instant();
		for (int i = 0; i < 260; i++) {
			Person author = everyone.get(random.nextInt(everyone.size()));
			Person recipient = everyone.get(random.nextInt(everyone.size()));
			if (recipient.getId().equals(author.getId())) {
				continue;
			}
			java.time.Instant when = now.minus(java.time.Duration.ofHours(6 + random.nextInt(365 * 24)));
			ShoutOut shoutOut = this.shoutOuts.importShoutOut(author.getId(),
					new NewShoutOut(List.of(recipient.getId()), null, values.get(random.nextInt(values.size())).getId(),
							THANKS[random.nextInt(THANKS.length)], random.nextInt(3) > 0, null),
					when, true);
			for (int r = random.nextInt(6); r > 0; r--) {
				this.shoutOuts.importReaction(shoutOut.getId(), everyone.get(random.nextInt(everyone.size())).getId(),
						ReactionKind.values()[random.nextInt(ReactionKind.values().length)]);
			}
		}
		// A few fresh ones wait for a manager.
		for (int i = 0; i < 3; i++) {
			Person author = everyone.get(i + 3);
			this.shoutOuts
				.importShoutOut(
						author.getId(), new NewShoutOut(List.of(everyone.get(i + 10).getId()), null,
								values.get(i).getId(), THANKS[i + 4], true, null),
						now.minus(java.time.Duration.ofHours(i + 1)), false);
		}
		this.customerThanks.submit("Ana from billing",
				"Ana sorted out two years of wrong invoices in one call. Thank you!", "Margaret H.", null, "demo",
				null);
		this.customerThanks.submit("the nice man on the phone", "He stayed calm while I was not, and fixed my router.",
				null, null, "demo", null);
	}

	/**
	 * The wall of fame of the last two years, and this year's nominations waiting for the
	 * managers.
	 */
	private void celebrateInductees() {
		Person manager = this.people.findByEmail(email("Maya Okafor")).orElseThrow();
		List<AwardCategory> categories = this.fame.activeCategories();
		int year = this.fame.currentYear();
		String[][] inductees = {
				{ "Ana Silva", "0", "1",
						"Ana turned two years of billing errors into one calm phone call, and then fixed the process "
								+ "so that it never happens again." },
				{ "Kwame Asante", "1", "1",
						"Six months in, Kwame already answers the questions the rest of us escalate, and writes "
								+ "them down for the next new starter." },
				{ "Lukas Brandt", "2", "1",
						"Lukas covered three colleagues' shifts during the storm week without being asked, and "
								+ "kept the queue under ten minutes." },
				{ "Sofia Rossi", "0", "2",
						"Sofia stayed on the line for two hours with a customer whose business depended on our "
								+ "service, and rang back the next day to check." },
				{ "Priya Raman", "3", "2",
						"Priya found the bug behind a hundred angry tickets by reading them all, and told the "
								+ "engineers exactly where to look." },
				{ "Yuki Tanaka", "2", "2", "Yuki organised last year's trading-places day, which put every "
						+ "manager on the phones for an hour." } };
		for (String[] spec : inductees) {
			this.people.findByEmail(email(spec[0])).ifPresent((person) -> {
				List<Long> earned = this.fame.candidateShoutOuts(person.getId())
					.stream()
					.limit(2)
					.map((card) -> card.shoutOut().getId())
					.toList();
				this.fame.induct(manager.getId(),
						new InductionRequest(person.getId(),
								categories.get(Integer.parseInt(spec[1]) % categories.size()).getId(),
								year - Integer.parseInt(spec[2]), spec[3], earned));
			});
		}
		String[][] nominations = {
				{ "Tom Becker", "Elena Petrova",
						"Tom rebuilt our knowledge base articles on refunds; my calls are five minutes shorter." },
				{ "Tom Becker", "Mateo Garcia",
						"He always takes the hardest chat first so the new people do not " + "have to." },
				{ "Hana Sato", "Oliver Hughes",
						"Hana mentored three new starters this year while keeping her " + "own queue empty." },
				{ "Tom Becker", "Ana Silva",
						"Tom calmed a customer who had been transferred six times and " + "solved it on the spot." } };
		for (String[] spec : nominations) {
			java.util.Optional<Person> nominee = this.people.findByEmail(email(spec[0]));
			java.util.Optional<Person> nominator = this.people.findByEmail(email(spec[1]));
			if (nominee.isPresent() && nominator.isPresent()) {
				this.fame.nominate(nominator.get().getId(), nominee.get().getId(), null, spec[2]);
			}
		}
	}

	/**
	 * Challenges and suggestions from the front line in every state, some anonymous, with
	 * colleagues' voices, comments and the managers' answers.
	 */
	private void listenToTheFrontLine() {
		Person manager = this.people.findByEmail(email("Maya Okafor")).orElseThrow();
		List<Person> everyone = this.people.search(null, null, PageRequest.of(0, 100)).getContent();
		List<SuggestionCategory> categories = this.suggestions.activeCategories();
		// { author ("" for anonymous), category position, title, description, state,
		// answer, note, voices }
		String[][] items = {
				{ "", "1", "Customers are transferred three times for a refund",
						"A customer who wants a refund goes from us to billing to finance and back. By the third "
								+ "transfer they are furious, and we have to start again.",
						"DONE",
						"Billing and the front line now share one refund queue, and agents may approve "
								+ "refunds up to 50 euros themselves.",
						"Since June, small refunds are settled in the first call; refund transfers fell by two thirds.",
						"11" },
				{ "Tom Becker", "0", "A place for the questions nobody could answer",
						"Every week someone asks about old contracts that none of us knows. We guess, or we put "
								+ "them on hold for ten minutes.",
						"DONE", "Team leads collect these questions and answer each within a day.",
						"The knowledge base has a page of questions we could not answer, with the answers; it "
								+ "has 48 entries so far.",
						"7" },
				{ "", "2", "Screen sharing for complex router set-ups",
						"Talking someone through twenty router settings by phone takes forty minutes. Seeing "
								+ "their screen would take five.",
						"PLANNED",
						"We will try a screen-sharing tool with Technical support in November, then "
								+ "decide for everyone.",
						null, "9" },
				{ "Hana Sato", "4", "A quiet room after a difficult call",
						"After an abusive call there is no place to breathe for five minutes before the next one.",
						"UNDER_REVIEW", "Facilities are looking for a room on the second floor.", null, "13" },
				{ "", "3", "Callbacks instead of hold music at peak times",
						"At Monday lunchtime customers wait twenty minutes on hold and arrive angry. Offer a callback.",
						"UNDER_REVIEW", null, null, "5" },
				{ "", "3", "Show the customer's last three contacts on one screen",
						"We ask customers to repeat what they told a colleague yesterday. They hate it, and so do we.",
						"NEW", null, null, "4" },
				{ "Oliver Hughes", "5", "An escalation contact for outages after hours",
						"During the evening shift nobody answers when the network is down.", "NEW", null, null, "2" },
				{ "", "4", "Turn off the satisfaction survey after angry calls",
						"An escalated call always gets a bad score, however well it went.", "WONT_DO",
						"We keep the survey: it is how we learn what went wrong.",
						"Team leads now read every low score with the agent, and scores after an escalation no "
								+ "longer count towards targets.",
						"6" } };
		int voter = 0;
		List<Long> raised = new ArrayList<>();
		for (String[] item : items) {
			NewSuggestion request = new NewSuggestion(
					categories.get(Integer.parseInt(item[1]) % categories.size()).getId(), item[2], item[3]);
			Suggestion suggestion;
			if (item[0].isEmpty()) {
				// Raised by someone on the front line; the demo does not say who either.
				Person anyone = everyone.get((voter * 7 + 3) % everyone.size());
				suggestion = this.suggestions.raiseAnonymously(this.suggestionQuota.keyFor(anyone.getId()), request);
			}
			else {
				suggestion = this.suggestions.raise(this.people.findByEmail(email(item[0])).orElseThrow().getId(),
						request);
			}
			for (int v = Integer.parseInt(item[7]); v > 0; v--, voter++) {
				Person colleague = everyone.get(voter % everyone.size());
				if (!suggestion.isRaisedBy(colleague.getId())) {
					this.suggestions.addVoice(suggestion.getId(), colleague.getId());
				}
			}
			if (item[5] != null) {
				suggestion = this.suggestions.answer(suggestion.getId(), suggestion.getVersion(), manager.getId(),
						item[5]);
			}
			SuggestionState target = SuggestionState.valueOf(item[4]);
			if (target != SuggestionState.NEW && target != SuggestionState.UNDER_REVIEW) {
				suggestion = this.suggestions.move(suggestion.getId(), suggestion.getVersion(), manager.getId(),
						SuggestionState.UNDER_REVIEW, null);
			}
			if (target == SuggestionState.DONE) {
				suggestion = this.suggestions.move(suggestion.getId(), suggestion.getVersion(), manager.getId(),
						SuggestionState.PLANNED, null);
			}
			if (target != SuggestionState.NEW) {
				this.suggestions.move(suggestion.getId(), suggestion.getVersion(), manager.getId(), target, item[6]);
			}
			raised.add(suggestion.getId());
		}
		String[][] comments = { { "5", "Lea Moreau", "Yes! The history is in the CRM, just three clicks away." },
				{ "3", "Kwame Asante", "Even a corner with a plant and a glass of water would help." },
				{ "2", "Ana Silva", "Happy to test it with my router calls." } };
		for (String[] comment : comments) {
			this.people.findByEmail(email(comment[1]))
				.ifPresent((author) -> this.suggestions.comment(raised.get(Integer.parseInt(comment[0])),
						author.getId(), comment[2]));
		}
	}

	private static final String[][] LEARNINGS = {
			{ "Helen Achterberg", "team:Billing support", "CALLS", "35",
					"Half of the calls were about the same confusing line on the invoice. Agents explain it "
							+ "beautifully, but they should not have to: the invoice needs rewording." },
			{ "Marcus Lee", "agent:Ana Silva", "CHATS", "21",
					"Ana keeps four chats going at once and still sounds personal. She has to copy order numbers "
							+ "between two tools by hand; a link between them would save her minutes per chat." },
			{ "Maya Okafor", "team:Technical support", "EMAILS", "14",
					"Customers send screenshots we cannot open in the ticket tool, so agents ask again. "
							+ "Let us fix the attachment preview." },
			{ "Lukas Brandt", "team:Front line: phones", "CALLS", "3", null },
			{ "Helen Achterberg", "agent:Sofia Rossi", "CALLS", "66",
					"Sofia had to put a caller on hold three times to ask a colleague about a refund rule that "
							+ "is nowhere in the knowledge base." },
			{ "Priya Raman", "team:Customer success", "EMAILS", "95",
					"Templates for apologies sound cold; the agents rewrite them every time." },
			{ "Amara Mensah", "team:Billing support", "CALLS", "128",
					"Callers are transferred to us from the shop with nothing written down, so they tell their "
							+ "story twice." } };

	/**
	 * Team leads and the two executives are leaders: a few hours beside the front line in
	 * the past (most with what they learned), and some still to come, one of them on the
	 * week's trading-places day.
	 */
	private void leadersBesideAgents() {
		Person manager = this.people.findByEmail(email("Maya Okafor")).orElseThrow();
		List<String> leaderNames = new ArrayList<>(List.of("Helen Achterberg", "Marcus Lee"));
		for (String[] team : TEAMS) {
			leaderNames.add(team[1]);
		}
		// Leaders since half a year ago, so that the tracker has months done and missed.
		java.time.Instant since = this.clock.instant().minus(java.time.Duration.ofDays(183));
		for (String name : leaderNames) {
			this.leaders.markSince(this.people.findByEmail(email(name)).orElseThrow().getId(), manager.getId(), since);
		}
		LocalDate today = LocalDate.now(this.clock);
		for (String[] spec : LEARNINGS) {
			Person leader = this.people.findByEmail(email(spec[0])).orElseThrow();
			LocalDate day = today.minusDays(Long.parseLong(spec[3]));
			this.rideAlongs.recordPast(leader.getId(), booking(day, LocalTime.of(10, 0), spec[1],
					Channel.valueOf(spec[2]), "I would like to listen first, then take a few myself."), spec[4]);
		}
		bookAhead("Helen Achterberg", today.plusDays(7), "team:Front line: phones", Channel.CALLS,
				"Happy to sit in the queue with you for an hour.");
		bookAhead("Priya Raman", today.plusDays(3), "agent:Kwame Asante", Channel.EMAILS, null);
		bookAhead("Jonas Lindqvist", today.plusDays(12), "team:Chat and email", Channel.CHATS, null);
		TradingPlacesDay tradingPlaces = this.rideAlongs.tradingPlacesDay();
		if (tradingPlaces.bookable()) {
			bookAhead("Marcus Lee", tradingPlaces.date(), "team:Billing support", Channel.CALLS,
					"Trading places: I take the calls, you tell me what I got wrong.");
		}
	}

	private void bookAhead(String leaderName, LocalDate day, String withWhom, Channel channel, String note) {
		Person leader = this.people.findByEmail(email(leaderName)).orElseThrow();
		try {
			this.rideAlongs.book(leader.getId(), booking(day, LocalTime.of(14, 0), withWhom, channel, note));
		}
		catch (FrontlineRuleException ex) {
			// Too late today for that slot; the demo does without it.
			logger.debug("Demo ride-along of {} not booked: {}", leaderName, ex.getMessageKey());
		}
	}

	private Booking booking(LocalDate day, LocalTime start, String withWhom, Channel channel, String note) {
		String[] kindAndName = withWhom.split(":", 2);
		Long teamId = null;
		Long agentId = null;
		if (kindAndName[0].equals("team")) {
			teamId = this.people.teams()
				.stream()
				.filter((team) -> team.getName().equals(kindAndName[1]))
				.findFirst()
				.orElseThrow()
				.getId();
		}
		else {
			agentId = this.people.findByEmail(email(kindAndName[1])).orElseThrow().getId();
		}
		return new Booking(day, start, null, teamId, agentId, channel, note);
	}

	private void planWeek(int year, List<Person> everyone, LocalDateTime now) {
		this.planner.startPlanning(year, StartFrom.TEMPLATE, null, Locale.ENGLISH);
		CelebrationWeek week = this.planner.get(year);
		this.planner.updateWeek(year, week.getVersion(),
				new WeekSettings(week.getStartsOn(), week.getTheme(), week.getWelcome(), new BigDecimal("2500.00")));
		int offset = year % 7;
		for (Activity activity : this.planner.plan(year)
			.days()
			.stream()
			.flatMap((day) -> day.activities().stream())
			.toList()) {
			int wanted = (activity.getCapacity() != null) ? Math.min(activity.getCapacity() + 2, 14) : 9;
			for (int i = 0; i < wanted; i++) {
				long personId = everyone.get((offset + i * 3 + activity.getId().intValue()) % everyone.size()).getId();
				if (activity.isOver(now)) {
					this.signUps.recordPastSignUp(activity.getId(), personId);
				}
				else {
					this.signUps.signUp(activity.getId(), personId);
				}
			}
		}
	}

	private Credential demoAccount(String name, Role role) {
		Person person = this.people.findByEmail(email(name)).orElseThrow();
		String password = randomPassword();
		if (this.accounts.findByPerson(person.getId()).isPresent()) {
			this.accounts.resetPassword(person.getId(), password);
		}
		else {
			this.accounts.createAccount(person.getId(), role, password);
		}
		return new Credential(role, person.getEmail(), password);
	}

	static String email(String name) {
		return name.toLowerCase().replace(' ', '.') + DOMAIN;
	}

	private static String randomPassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
