package org.serviceweek.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.week.CelebrationWeekRule;

/**
 * The large organisation, row by row: the same seed, size and moment give the same rows.
 * Ids are assigned here (the database is empty), so they are known in advance: people
 * 1&ndash;2 are administrators ({@code admin-01@...}), then the managers
 * ({@code manager-01@...}), then staff ({@code staff-0001@...}); the past five weeks'
 * activities come first and the coming week's after them.
 */
final class LargeOrganisationPlan {

	static final String DOMAIN = "@large.serviceweek.example";

	static final int ADMINS = 2;

	static final int PAST_WEEKS = 5;

	static final int ACTIVITIES_PER_PAST_WEEK = 30;

	private static final String[] FIRST = { "Ana", "Tom", "Sofia", "Kwame", "Elena", "Mateo", "Hana", "Oliver", "Aisha",
			"Noah", "Lea", "Ravi", "Chloe", "Diego", "Ingrid", "Samir", "Yuki", "Grace", "Pavel", "Zoe", "Ibrahim",
			"Marta", "Felix", "Nadia", "Omar", "Clara", "Tariq", "Julia", "Ken", "Lucia", "Arjun", "Fatima", "Ben",
			"Irene", "Kofi", "Maya", "Lukas", "Priya", "Jonas", "Amara", "Helen", "Marcus", "Sven", "Leila", "Tomasz",
			"Aoife", "Chen", "Mei", "Rafael", "Beatriz", "Emeka", "Sara", "Jan", "Nina", "Hugo", "Alma", "Dev", "Rosa",
			"Malik", "Freya" };

	private static final String[] LAST = { "Silva", "Becker", "Rossi", "Asante", "Petrova", "Garcia", "Sato", "Hughes",
			"Khan", "Dubois", "Moreau", "Iyer", "Martin", "Fernandez", "Berg", "Haddad", "Tanaka", "Obi", "Novak",
			"Clarke", "Yusuf", "Kowalski", "Wagner", "Aziz", "Farouk", "Jensen", "Malik", "Schmidt", "Ito", "Romero",
			"Nair", "Bakr", "Taylor", "Costa", "Boateng", "Okafor", "Brandt", "Raman", "Lindqvist", "Mensah", "O'Brien",
			"Murphy", "Nowak", "Santos", "Pereira", "Li", "Wang", "Kim", "Nguyen", "Müller", "Fischer", "Lopez",
			"Adeyemi", "Eriksson", "Kaur", "Singh", "Dimitrov", "Horvat", "Byrne", "Vega" };

	private static final String[] AREAS = { "Phones", "Chat and email", "Billing support", "Technical support",
			"Customer success", "Returns and refunds", "Social care", "Onboarding", "Escalations",
			"Business accounts" };

	private static final String[] PLACES = { "Berlin", "Lisbon", "Manchester", "Kraków", "Dublin", "Toronto" };

	private static final String[] TITLES = { "Customer service agent", "Senior agent", "Support specialist",
			"Customer service agent", "Agent in training", "Customer service agent", "Quality coach" };

	private static final String[] PRONOUNS = { "she/her", "he/him", "they/them" };

	private static final String[][] VALUES = { { "Went the extra mile", "Did more than anyone asked" },
			{ "Empathy", "Understood what the customer really needed" },
			{ "Teamwork", "Made a colleague's day easier" }, { "Ownership", "Saw it through to the end" },
			{ "Calm under pressure", "Kept a hard conversation kind" },
			{ "Customer first", "Put the customer's problem before the process" } };

	/** Thanks between colleagues; {name} is the first recipient's first name. */
	private static final String[] THANKS = {
			"Thank you for staying late to untangle that billing case, {name}. The customer called back just to say how happy she was!",
			"You turned a furious caller into a loyal fan today. I learned a lot listening to you.",
			"Thanks for covering my shift on short notice, {name}. You are a star.",
			"Your guide on refunds saved me hours this week. Sharing it with the whole team!",
			"You noticed the outage pattern before anyone else and told us. That is ownership.",
			"Thank you for helping me with my first difficult chat. I felt supported the whole time.",
			"The customer wrote that you were the first person who really listened. So proud to work with you.",
			"You kept the queue moving during the storm and still had a kind word for everyone.",
			"{name}, you rebuilt the knowledge base article on invoices and my calls are five minutes shorter.",
			"Thanks for taking the hardest chat first so that the new people did not have to.",
			"You stayed on the line for an hour with a customer whose shop depended on us, and rang back the next day.",
			"Thank you for explaining the new router settings so patiently. I finally get it.",
			"{name} found the bug behind a hundred angry tickets by reading them all. Amazing detective work!",
			"You mentored three new starters this month and still kept your own queue empty.",
			"Thanks for the calm voice during the Monday rush. It made the whole floor calmer.",
			"You spotted that the customer was double charged and fixed it before they even noticed.",
			"Thank you for translating for the Portuguese-speaking customer at short notice, {name}.",
			"Your idea for the callback script cut our hold times in half. Thank you!",
			"{name}, thank you for the cake on my birthday and for always asking how I am.",
			"You handled the angriest email of the year with grace. The customer apologised in the end!",
			"Thank you for sharing your notes from the product training. They are gold.",
			"You took ownership of a case three departments had dropped, and closed it in a day.",
			"Thanks for listening to my calls and giving such honest, kind feedback.",
			"{name} made the escalation process so much clearer for all of us. Thank you.",
			"You helped an elderly customer set up online banking step by step. She sent us a postcard!" };

	private static final String[] SECOND_SENTENCES = { "", "", "", " Thank you!", " You make this team better.",
			" Customers notice the difference.", " I owe you a coffee.", " Keep being you.",
			" This is what great service looks like." };

	private static final String[] CUSTOMER_THANKS = { "Sorted out two years of wrong invoices in one call. Thank you!",
			"Stayed calm while I was not, and fixed my router.",
			"Called me back exactly when promised. I did not expect that from a big company.",
			"Explained everything twice without ever making me feel stupid.",
			"Found my lost parcel and sent a replacement the same day.",
			"Went out of their way to help my elderly father with his account.",
			"Was friendly, quick and honest about what could and could not be done.",
			"Turned a complaint into a conversation. I will stay a customer." };

	private static final String[] CUSTOMER_NAMES = { "Margaret H.", "Peter W.", "Dr. Anand", "Lisa from Leeds",
			"Jean-Paul", "Mrs. Okonkwo", "Carlos M.", "Hannah" };

	private static final String[] REJECTIONS = { "Names a customer", "Not for the public wall",
			"Contains an internal case number" };

	private static final String[] THEMES = { "BEE-cause You're Essential", "Celebrating Customer Connections",
			"Service Superstars", "Every Voice, Every Customer", "Heroes of the Front Line",
			"Building Trust, One Conversation at a Time" };

	private static final String[][] DAYS = { { "Kick-off", "The theme, a message from leadership and treats" },
			{ "Trading places", "Leaders take the calls, chats and emails" },
			{ "Growth", "Training and development plans" }, { "Team spirit", "Challenges, games and lunch" },
			{ "Recognition", "Awards and the wall of fame" } };

	/**
	 * Six activities per day of a past week: title, kind, start, end, place, capacity.
	 */
	private static final String[][][] ACTIVITIES = {
			{ { "Kick-off breakfast", "KICK_OFF", "08:30", "09:30", "Atrium", "" },
					{ "A message from leadership", "KICK_OFF", "09:30", "10:00", "Atrium", "" },
					{ "Decorate your team's corner", "TEAM_BUILDING", "10:30", "11:30", "Every floor", "40" },
					{ "Treats trolley", "TREATS_AND_FOOD", "12:00", "13:00", "Canteen", "" },
					{ "Customer stories live", "SOCIAL_MEDIA_SPOTLIGHT", "14:00", "14:30", "Online", "" },
					{ "Welcome drinks", "TEAM_BUILDING", "17:00", "18:30", "Roof terrace", "80" } },
			{ { "Executives on the phones", "TRADING_PLACES", "09:00", "11:00", "Contact centre", "8" },
					{ "Managers on the chat queue", "TRADING_PLACES", "11:00", "13:00", "Contact centre", "8" },
					{ "Listening session: what makes the job hard", "LISTENING_SESSION", "14:00", "15:00",
							"Room Harbour", "20" },
					{ "Listening session: the tools we miss", "LISTENING_SESSION", "15:30", "16:30", "Online", "25" },
					{ "Shadow an agent", "TRADING_PLACES", "10:00", "12:00", "Contact centre", "6" },
					{ "Pizza for the late shift", "TREATS_AND_FOOD", "18:00", "19:00", "Canteen", "" } },
			{ { "De-escalation workshop", "TRAINING", "09:30", "11:00", "Room Lighthouse", "16" },
					{ "Writing emails customers love", "TRAINING", "11:30", "12:30", "Online", "30" },
					{ "Career paths in service", "TRAINING", "13:30", "14:30", "Room Harbour", "30" },
					{ "Product deep dive", "TRAINING", "15:00", "16:00", "Online", "50" },
					{ "Mentoring speed dating", "TEAM_BUILDING", "16:00", "17:00", "Atrium", "24" },
					{ "Wellbeing walk", "TEAM_BUILDING", "12:30", "13:15", "Park entrance", "20" } },
			{ { "Service quiz", "TEAM_BUILDING", "11:00", "12:00", "Canteen", "60" },
					{ "Team lunch", "TREATS_AND_FOOD", "12:00", "13:30", "Canteen", "120" },
					{ "Escape room challenge", "TEAM_BUILDING", "14:00", "15:30", "Offsite", "12" },
					{ "Themed dress-up day", "OTHER", "09:00", "17:00", "Everywhere", "" },
					{ "Board games after work", "TEAM_BUILDING", "17:00", "19:00", "Atrium", "30" },
					{ "Customer appreciation calls", "CUSTOMER_APPRECIATION", "10:00", "11:00", "Contact centre",
							"" } },
			{ { "Thank-you cards for long-time customers", "CUSTOMER_APPRECIATION", "09:30", "10:30", "Room Harbour",
					"" }, { "Video of the week", "SOCIAL_MEDIA_SPOTLIGHT", "11:00", "11:30", "Online", "" },
					{ "Recognition ceremony", "RECOGNITION_CEREMONY", "15:00", "16:00", "Atrium", "" },
					{ "Wall of fame inductions", "RECOGNITION_CEREMONY", "16:00", "16:30", "Atrium", "" },
					{ "Farewell cake", "TREATS_AND_FOOD", "16:30", "17:00", "Atrium", "" },
					{ "Week in pictures", "SOCIAL_MEDIA_SPOTLIGHT", "13:00", "13:30", "Online", "" } } };

	/** The coming week, planned but not yet full: day, title, kind, start, end, place. */
	private static final String[][] COMING = { { "1", "Kick-off breakfast", "KICK_OFF", "08:30", "09:30", "Atrium" },
			{ "1", "A message from leadership", "KICK_OFF", "09:30", "10:00", "Atrium" },
			{ "1", "Decorate your team's corner", "TEAM_BUILDING", "10:30", "11:30", "Every floor" },
			{ "2", "Executives on the phones", "TRADING_PLACES", "09:00", "11:00", "Contact centre" },
			{ "2", "Listening session: what makes the job hard", "LISTENING_SESSION", "14:00", "15:00",
					"Room Harbour" },
			{ "3", "De-escalation workshop", "TRAINING", "09:30", "11:00", "Room Lighthouse" },
			{ "3", "Career paths in service", "TRAINING", "13:30", "14:30", "Online" },
			{ "4", "Service quiz", "TEAM_BUILDING", "11:00", "12:00", "Canteen" },
			{ "4", "Team lunch", "TREATS_AND_FOOD", "12:00", "13:30", "Canteen" },
			{ "5", "Customer appreciation calls", "CUSTOMER_APPRECIATION", "10:00", "11:00", "Contact centre" },
			{ "5", "Video of the week", "SOCIAL_MEDIA_SPOTLIGHT", "11:00", "11:30", "Online" },
			{ "5", "Recognition ceremony", "RECOGNITION_CEREMONY", "15:00", "16:00", "Atrium" } };

	private static final String[] CITATIONS = {
			"{name} turned two years of billing errors into one calm phone call, and then fixed the process so that it never happens again.",
			"Six months in, {name} already answers the questions the rest of us escalate, and writes them down for the next new starter.",
			"{name} covered colleagues' shifts during the storm week without being asked, and kept the queue under ten minutes.",
			"{name} stayed on the line for two hours with a customer whose business depended on us, and rang back the next day to check.",
			"{name} found the bug behind a hundred angry tickets by reading them all, and told the engineers exactly where to look.",
			"{name} organised the trading-places day that put every manager on the phones for an hour.",
			"{name} mentored more new starters than anyone this year, and every one of them stayed." };

	private static final String[] NOMINATION_REASONS = {
			"Always takes the hardest call first so that the new people do not have to.",
			"Rebuilt our refund guide; my calls are five minutes shorter.",
			"Calmed a customer who had been transferred six times and solved it on the spot.",
			"The first one to help whenever the queue explodes.", "Customers ask for them by name." };

	/**
	 * Challenge title, description, category position, outcome when done, reason when
	 * not.
	 */
	private static final String[][] SUGGESTIONS = { { "Customers are transferred three times for a refund",
			"A customer who wants a refund goes from us to billing to finance and back. By the third transfer they are furious.",
			"1", "Billing and the front line now share one refund queue.", "Refunds need finance's approval by law." },
			{ "A place for the questions nobody could answer",
					"Every week someone asks about old contracts that none of us knows. We guess, or we put them on hold.",
					"0", "Team leads answer each such question within a day, in the knowledge base.",
					"The contracts team answers these directly now." },
			{ "Screen sharing for complex router set-ups",
					"Talking someone through twenty router settings by phone takes forty minutes.", "2",
					"Technical support has a screen-sharing tool.", "The security review did not allow the tool." },
			{ "A quiet room after a difficult call",
					"After an abusive call there is no place to breathe for five minutes before the next one.", "4",
					"Room Harbour is the quiet room now, with a sofa and water.", "There is no free room this year." },
			{ "Callbacks instead of hold music at peak times",
					"At Monday lunchtime customers wait twenty minutes on hold and arrive angry.", "3",
					"Callbacks are offered when the wait is over five minutes.",
					"The phone system cannot do it before the upgrade." },
			{ "Show the customer's last three contacts on one screen",
					"We ask customers to repeat what they told a colleague yesterday.", "3",
					"The CRM's start page shows the last three contacts.", "The CRM vendor will not change it." },
			{ "An escalation contact for outages after hours",
					"During the evening shift nobody answers when the network is down.", "5",
					"An on-call engineer's number is on the wall board.", "Outages after hours go to the night team." },
			{ "Turn off the satisfaction survey after angry calls",
					"An escalated call always gets a bad score, however well it went.", "4",
					"Scores after an escalation no longer count towards targets.",
					"We keep the survey: it is how we learn what went wrong." },
			{ "Templates that do not sound like robots", "Customers can tell we paste the same apology every time.",
					"2", "Every template was rewritten by agents.", "Legal needs the exact wording." },
			{ "Let agents approve small goodwill credits",
					"Asking a manager for a 10 euro credit takes longer than the call.", "1",
					"Agents approve credits up to 25 euros.", "Fraud rules do not allow it yet." },
			{ "A glossary of the product names",
					"The product names changed twice this year and customers use the old ones.", "0",
					"The glossary is linked from every knowledge base page.", "Marketing is renaming them again." },
			{ "Headsets that do not hurt after six hours",
					"The old headsets press on the ears; many of us bring our own.", "2",
					"Everyone can choose one of three new headsets.", "The budget is spent for this year." } };

	private static final String[] ANSWERS = { "Thank you for raising this. We are looking into it with the team leads.",
			"A good point: we have asked the product team for a solution.",
			"We hear you. Let us talk about it at the next listening session." };

	private static final String[] COMMENTS = { "Yes! This happens to me every day.",
			"Even a small change here would help a lot.", "Happy to test it.",
			"We tried something like this in my last job and it worked well." };

	private static final String[] LEARNINGS = {
			"Half of the calls were about the same confusing line on the invoice. The invoice needs rewording.",
			"Agents copy order numbers between two tools by hand; a link between them would save minutes per chat.",
			"Customers send screenshots we cannot open in the ticket tool, so agents ask again.",
			"A refund rule is nowhere in the knowledge base; agents ask each other.",
			"Templates for apologies sound cold; the agents rewrite them every time.",
			"Callers are transferred from the shop with nothing written down, so they tell their story twice." };

	private static final String[] CHANNELS = { "CALLS", "CHATS", "EMAILS" };

	private final Settings settings;

	private final Sizes sizes;

	private final Random random;

	private final ZoneId zone;

	private final Instant now;

	// People, by index (id = index + 1).
	private String[] names;

	private int[] teamOf;

	private boolean[] consent;

	private int[][] members;

	private int comingYear;

	/** Per person and past week's year: up to two shout-outs they received that year. */
	private long[][] receivedByYear;

	private long[] shoutOutTimes;

	LargeOrganisationPlan(Settings settings) {
		this.settings = settings;
		this.sizes = Sizes.of(settings.scale());
		this.random = new Random(settings.seed());
		this.zone = settings.zone();
		this.now = settings.now();
	}

	Sizes sizes() {
		return this.sizes;
	}

	/**
	 * The year of the coming (or current) week; the past weeks are the five before it.
	 */
	int comingYear() {
		LocalDate today = LocalDate.ofInstant(this.now, this.zone);
		int year = today.getYear();
		return today.isAfter(CelebrationWeekRule.endOf(CelebrationWeekRule.defaultStart(year))) ? year + 1 : year;
	}

	/** The id of the coming week's first activity (an activity to sign up for). */
	static long firstComingActivityId() {
		return (long) PAST_WEEKS * ACTIVITIES_PER_PAST_WEEK + 1;
	}

	/** How many activities the coming week has. */
	static int comingActivities() {
		return COMING.length;
	}

	static String email(String role, int number) {
		return String.format(java.util.Locale.ROOT, role.equals("staff") ? "%s-%04d%s" : "%s-%02d%s", role, number,
				DOMAIN);
	}

	/** Person id of the first manager. */
	static long firstManagerId() {
		return ADMINS + 1;
	}

	long firstStaffId() {
		return ADMINS + this.sizes.managers() + 1;
	}

	void writeTo(Rows rows) {
		this.comingYear = comingYear();
		organisation(rows);
		rows.endOfPart();
		shoutOuts(rows);
		rows.endOfPart();
		weeks(rows);
		wallOfFame(rows);
		suggestions(rows);
		leaders(rows);
		rows.endOfPart();
	}

	// --- People, teams, accounts
	// --------------------------------------------------------

	private void organisation(Rows rows) {
		int people = this.sizes.people();
		int teams = this.sizes.teams();
		Instant joined = ZonedDateTime.ofInstant(this.now, this.zone).minusYears(PAST_WEEKS).minusDays(30).toInstant();
		for (int t = 0; t < teams; t++) {
			rows.add(Table.TEAM, (long) t + 1, AREAS[t % AREAS.length] + ", "
					+ PLACES[(t / AREAS.length) % PLACES.length]
					+ ((t >= AREAS.length * PLACES.length) ? " " + (t / (AREAS.length * PLACES.length) + 1) : ""), null,
					0L);
		}
		this.names = new String[people];
		this.teamOf = new int[people];
		this.consent = new boolean[people];
		List<List<Integer>> byTeam = new ArrayList<>();
		for (int t = 0; t < teams; t++) {
			byTeam.add(new ArrayList<>());
		}
		int managers = this.sizes.managers();
		for (int i = 0; i < people; i++) {
			this.names[i] = FIRST[this.random.nextInt(FIRST.length)] + " " + LAST[this.random.nextInt(LAST.length)];
			String role;
			int number;
			String title;
			if (i < ADMINS) {
				role = "admin";
				number = i + 1;
				this.teamOf[i] = -1;
				title = (i == 0) ? "Head of customer service" : "Chief operating officer";
			}
			else if (i < ADMINS + managers) {
				role = "manager";
				number = i - ADMINS + 1;
				this.teamOf[i] = (i - ADMINS) % teams;
				title = "Service manager";
			}
			else {
				role = "staff";
				number = i - ADMINS - managers + 1;
				this.teamOf[i] = (i - ADMINS - managers) % teams;
				title = TITLES[this.random.nextInt(TITLES.length)];
			}
			if (this.teamOf[i] >= 0 && byTeam.get(this.teamOf[i]).isEmpty()) {
				title = "Team lead";
			}
			if (this.teamOf[i] >= 0) {
				byTeam.get(this.teamOf[i]).add(i);
			}
			this.consent[i] = i < ADMINS || this.random.nextInt(100) < 85;
			String pronouns = (this.random.nextInt(10) < 3) ? PRONOUNS[this.random.nextInt(PRONOUNS.length)] : null;
			Instant created = joined.minus(Duration.ofDays(this.random.nextInt(200)));
			rows.add(Table.PERSON, (long) i + 1, this.names[i], email(role, number), title, pronouns,
					(this.teamOf[i] >= 0) ? (long) this.teamOf[i] + 1 : null, this.consent[i], time(created), 0L);
		}
		this.members = new int[teams][];
		for (int t = 0; t < teams; t++) {
			this.members[t] = byTeam.get(t).stream().mapToInt(Integer::intValue).toArray();
			if (this.members[t].length > 0) {
				rows.add(Table.TEAM_LEAD, (long) this.members[t][0] + 1, (long) t + 1);
			}
		}
		for (int i = 0; i < people; i++) {
			String role = (i < ADMINS) ? "ADMIN" : (i < ADMINS + managers) ? "MANAGER" : "STAFF";
			rows.add(Table.ACCOUNT, (long) i + 1, (long) i + 1, this.settings.passwordHash(), role, true, time(joined),
					time(joined), 0L);
		}
		rows.add(Table.INSTALLATION, 1, time(joined));
		for (int v = 0; v < VALUES.length; v++) {
			rows.add(Table.COMPANY_VALUE, (long) v + 1, VALUES[v][0], VALUES[v][1], true, v);
		}
	}

	// --- Shout-outs
	// ---------------------------------------------------------------------

	private void shoutOuts(Rows rows) {
		int count = this.sizes.shoutOuts();
		Instant start = ZonedDateTime.ofInstant(this.now, this.zone).minusYears(PAST_WEEKS).toInstant();
		long span = Duration.between(start, this.now).getSeconds();
		this.shoutOutTimes = new long[count];
		for (int i = 0; i < count; i++) {
			this.shoutOutTimes[i] = moment(start, span).getEpochSecond();
		}
		Arrays.sort(this.shoutOutTimes);
		this.receivedByYear = new long[this.sizes.people()][PAST_WEEKS * 2];
		long reportId = 1;
		int people = this.sizes.people();
		for (int i = 0; i < count; i++) {
			long id = i + 1;
			Instant created = Instant.ofEpochSecond(this.shoutOutTimes[i]);
			long ageHours = Duration.between(created, this.now).toHours();
			boolean fromCustomer = this.random.nextInt(100) < 2;
			int[] recipients;
			Long authorId = null;
			Long teamId = null;
			Long valueId = null;
			String message;
			boolean wantsPublic;
			String moderation;
			String customerName = null;
			String customerEmail = null;
			String agentName = null;
			String rejection = null;
			Long moderatedBy = null;
			Instant moderatedAt = null;
			if (fromCustomer) {
				int agent = staff();
				recipients = new int[] { agent };
				message = CUSTOMER_THANKS[this.random.nextInt(CUSTOMER_THANKS.length)];
				wantsPublic = true;
				customerName = (this.random.nextInt(10) < 7)
						? CUSTOMER_NAMES[this.random.nextInt(CUSTOMER_NAMES.length)] : null;
				customerEmail = (this.random.nextInt(10) < 2) ? "customer" + id + "@example.com" : null;
				agentName = firstName(agent) + ((this.teamOf[agent] >= 0)
						? " from " + AREAS[this.teamOf[agent] % AREAS.length].toLowerCase(java.util.Locale.ROOT) : "");
				if (ageHours < 24 * 7) {
					moderation = "PENDING";
					recipients = new int[0];
				}
				else if (this.random.nextInt(10) == 0) {
					moderation = "REJECTED";
					rejection = REJECTIONS[this.random.nextInt(REJECTIONS.length)];
					recipients = new int[0];
				}
				else {
					moderation = "APPROVED";
				}
			}
			else {
				int author = (this.random.nextInt(10) == 0) ? this.random.nextInt(people)
						: ADMINS + this.random.nextInt(people - ADMINS);
				authorId = (long) author + 1;
				boolean wholeTeam = this.random.nextInt(100) == 0 && this.teamOf[author] >= 0
						&& this.members[this.teamOf[author]].length > 1;
				if (wholeTeam) {
					teamId = (long) this.teamOf[author] + 1;
					recipients = Arrays.stream(this.members[this.teamOf[author]])
						.filter((member) -> member != author)
						.toArray();
				}
				else {
					recipients = colleaguesOf(author);
				}
				valueId = (long) this.random.nextInt(VALUES.length) + 1;
				message = THANKS[this.random.nextInt(THANKS.length)].replace("{name}", firstName(recipients[0]))
						+ SECOND_SENTENCES[this.random.nextInt(SECOND_SENTENCES.length)];
				wantsPublic = this.random.nextInt(10) < (wholeTeam ? 5 : 7);
				if (!wantsPublic) {
					moderation = "INTERNAL";
				}
				else if (ageHours < 72 && this.random.nextInt(10) < 6) {
					moderation = "PENDING";
				}
				else if (this.random.nextInt(100) < 4) {
					moderation = "REJECTED";
					rejection = REJECTIONS[this.random.nextInt(REJECTIONS.length)];
				}
				else {
					moderation = "APPROVED";
				}
			}
			if (moderation.equals("APPROVED") || moderation.equals("REJECTED")) {
				moderatedBy = manager();
				moderatedAt = created.plus(Duration.ofMinutes(10 + this.random.nextInt(30 * 60)));
				if (moderatedAt.isAfter(this.now)) {
					moderation = "PENDING";
					moderatedBy = null;
					moderatedAt = null;
					rejection = null;
				}
			}
			String publicText = (moderation.equals("APPROVED") && this.random.nextInt(50) == 0)
					? message.split("(?<=[.!?]) ")[0] : null;
			if (message.equals(publicText)) {
				publicText = null;
			}
			Long hiddenBy = null;
			Instant hiddenAt = null;
			if (this.random.nextInt(1000) == 0) {
				hiddenBy = manager();
				hiddenAt = min(created.plus(Duration.ofHours(24 + this.random.nextInt(96))), this.now);
			}
			boolean reported = moderation.equals("APPROVED") && hiddenAt == null && ageHours < 24 * 30
					&& this.random.nextInt(100) == 0;
			if (reported) {
				// A report sends an approved shout-out back to the queue.
				moderation = "PENDING";
			}
			Instant updated = max(created, max(moderatedAt, hiddenAt));
			// The public wall's rule, as ShoutOut keeps it: approved, not hidden, and
			// every recipient agreed.
			boolean onWall = moderation.equals("APPROVED") && hiddenAt == null && recipients.length > 0
					&& Arrays.stream(recipients).allMatch((recipient) -> this.consent[recipient]);
			Instant publicSince = onWall ? ((moderatedAt != null) ? moderatedAt : created) : null;
			rows.add(Table.SHOUT_OUT, id, fromCustomer ? "CUSTOMER" : "STAFF", authorId, teamId, valueId, message,
					wantsPublic, moderation, publicText, rejection, moderatedBy, time(moderatedAt), hiddenBy,
					time(hiddenAt), customerName, customerEmail, agentName, time(created), time(updated), 0L,
					time(publicSince));
			for (int recipient : recipients) {
				rows.add(Table.SHOUT_OUT_RECIPIENT, id, (long) recipient + 1);
				if (hiddenAt == null && (!fromCustomer || moderation.equals("APPROVED"))) {
					remember(recipient, id, created);
				}
			}
			react(rows, id, created);
			if (reported) {
				rows.add(Table.SHOUT_OUT_REPORT, reportId++, id, (long) staff() + 1,
						"This names the wrong person, I think.",
						time(min(updated.plus(Duration.ofHours(2)), this.now)));
			}
			if ((i + 1) % 25_000 == 0) {
				rows.endOfPart();
			}
		}
	}

	/**
	 * When a shout-out was written: on a working day in working hours mostly, and more
	 * often during the celebration weeks.
	 */
	private Instant moment(Instant start, long span) {
		if (this.random.nextInt(100) < 8) {
			int year = this.comingYear - 1 - this.random.nextInt(PAST_WEEKS);
			LocalDate day = CelebrationWeekRule.defaultStart(year).plusDays(this.random.nextInt(5));
			Instant during = day.atTime(8 + this.random.nextInt(10), this.random.nextInt(60), this.random.nextInt(60))
				.atZone(this.zone)
				.toInstant();
			if (during.isAfter(start) && during.isBefore(this.now)) {
				return during;
			}
		}
		for (int attempt = 0;; attempt++) {
			Instant candidate = start.plusSeconds((long) (this.random.nextDouble() * span));
			ZonedDateTime local = candidate.atZone(this.zone);
			boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
			if ((weekend || local.getHour() < 7 || local.getHour() > 19) && attempt < 3) {
				continue;
			}
			return candidate;
		}
	}

	private int[] colleaguesOf(int author) {
		int roll = this.random.nextInt(100);
		int wanted = (roll < 78) ? 1 : (roll < 92) ? 2 : (roll < 97) ? 3 : 4 + this.random.nextInt(3);
		Set<Integer> chosen = new java.util.LinkedHashSet<>();
		int people = this.sizes.people();
		for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 5; attempt++) {
			int team = this.teamOf[author];
			int candidate = (team >= 0 && this.members[team].length > 1 && this.random.nextInt(4) > 0)
					? this.members[team][this.random.nextInt(this.members[team].length)] : this.random.nextInt(people);
			if (candidate != author) {
				chosen.add(candidate);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add((author + 1) % people);
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	private void react(Rows rows, long id, Instant created) {
		int roll = this.random.nextInt(100);
		int count = (roll < 25) ? 0
				: (roll < 45) ? 1 : (roll < 65) ? 2 : (roll < 80) ? 3 : (roll < 90) ? 4 : 5 + this.random.nextInt(6);
		Set<Integer> reactors = new HashSet<>();
		for (int r = 0; r < count; r++) {
			int person = this.random.nextInt(this.sizes.people());
			if (reactors.add(person)) {
				Instant when = min(created.plus(Duration.ofMinutes(1 + this.random.nextInt(3 * 24 * 60))), this.now);
				rows.add(Table.REACTION, id, (long) person + 1,
						ReactionKind.values()[this.random.nextInt(ReactionKind.values().length)].name(), time(when));
			}
		}
	}

	private void remember(int person, long id, Instant created) {
		int index = created.atZone(this.zone).getYear() - (this.comingYear - PAST_WEEKS);
		if (index < 0 || index >= PAST_WEEKS) {
			return;
		}
		long[] slots = this.receivedByYear[person];
		if (slots[index * 2] == 0) {
			slots[index * 2] = id;
		}
		else if (slots[index * 2 + 1] == 0) {
			slots[index * 2 + 1] = id;
		}
	}

	// --- Weeks, activities, sign-ups
	// ----------------------------------------------------

	private void weeks(Rows rows) {
		long activityId = 1;
		List<Integer> capacities = new ArrayList<>();
		List<Instant> startsAt = new ArrayList<>();
		for (int year = this.comingYear - PAST_WEEKS; year <= this.comingYear; year++) {
			LocalDate monday = CelebrationWeekRule.defaultStart(year);
			String theme = THEMES[Math.floorMod(year, THEMES.length)];
			rows.add(Table.CELEBRATION_WEEK, year, monday, theme,
					"Five days to thank the people who make our customers smile.", new BigDecimal("25000.00"), 0L);
			for (int day = 1; day <= 5; day++) {
				rows.add(Table.CELEBRATION_DAY, year, day, DAYS[day - 1][0], DAYS[day - 1][1]);
			}
			Instant planned = monday.minusDays(45).atTime(10, 0).atZone(this.zone).toInstant();
			if (year < this.comingYear) {
				for (int day = 1; day <= 5; day++) {
					for (String[] spec : ACTIVITIES[day - 1]) {
						Integer capacity = spec[5].isEmpty() ? null : Integer.valueOf(spec[5]);
						LocalDate date = monday.plusDays(day - 1);
						activity(rows, activityId, year, date, spec[1], spec[0], spec[2], spec[3], spec[4], capacity,
								planned);
						capacities.add(capacity);
						startsAt.add(date.atTime(LocalTime.parse(spec[2])).atZone(this.zone).toInstant());
						activityId++;
					}
				}
			}
			else {
				planned = min(planned, this.now.minus(Duration.ofDays(7)));
				for (String[] spec : COMING) {
					LocalDate date = monday.plusDays(Integer.parseInt(spec[0]) - 1);
					activity(rows, activityId++, year, date, spec[2], spec[1], spec[3], spec[4], spec[5], null,
							planned);
				}
			}
		}
		signUps(rows, capacities, startsAt);
	}

	private void activity(Rows rows, long id, int year, LocalDate date, String kind, String title, String starts,
			String ends, String place, Integer capacity, Instant planned) {
		Long host = (this.random.nextInt(10) < 6) ? (long) this.random.nextInt(this.sizes.people()) + 1 : null;
		BigDecimal cost = (kind.equals("TREATS_AND_FOOD") || kind.equals("TEAM_BUILDING"))
				? new BigDecimal(50 * (1 + this.random.nextInt(12)) + ".00") : null;
		rows.add(Table.ACTIVITY, id, uid(), year, date, LocalTime.parse(starts), LocalTime.parse(ends), title, kind,
				place.equals("Online") ? null : place,
				place.equals("Online") ? "https://meet.example.com/csw-" + id : null, host,
				"Part of Customer Service Week " + year + ".", capacity, cost, 0, time(planned), time(planned), 0L);
	}

	private void signUps(Rows rows, List<Integer> capacities, List<Instant> startsAt) {
		int activities = capacities.size();
		int people = this.sizes.people();
		int[] wanted = new int[activities];
		int total = this.sizes.signUps();
		for (int placed = 0, attempts = 0; placed < total && attempts < total * 20; attempts++) {
			int a = this.random.nextInt(activities);
			Integer capacity = capacities.get(a);
			int limit = Math.min(people - 1, (capacity != null) ? capacity + 3 : 120);
			if (wanted[a] < limit) {
				wanted[a]++;
				placed++;
			}
		}
		long signUpId = 1;
		for (int a = 0; a < activities; a++) {
			int[] who = distinctPeople(wanted[a]);
			long[] when = new long[who.length];
			for (int s = 0; s < who.length; s++) {
				when[s] = startsAt.get(a)
					.minus(Duration.ofMinutes(60 + this.random.nextInt(20 * 24 * 60)))
					.getEpochSecond();
			}
			Arrays.sort(when);
			Integer capacity = capacities.get(a);
			for (int s = 0; s < who.length; s++) {
				rows.add(Table.SIGN_UP, signUpId++, (long) a + 1, (long) who[s] + 1,
						(capacity == null || s < capacity) ? "CONFIRMED" : "WAITING",
						time(Instant.ofEpochSecond(when[s])));
			}
		}
		// A few early sign-ups for the coming week.
		int coming = Math.max(COMING.length, this.sizes.signUps() / 20);
		Set<Long> taken = new HashSet<>();
		for (int s = 0; s < coming; s++) {
			long activityId = firstComingActivityId() + this.random.nextInt(COMING.length);
			int person = ADMINS + this.random.nextInt(people - ADMINS);
			if (taken.add(activityId * 1_000_000 + person)) {
				rows.add(Table.SIGN_UP, signUpId++, activityId, (long) person + 1, "CONFIRMED",
						time(this.now.minus(Duration.ofMinutes(5 + this.random.nextInt(7 * 24 * 60)))));
			}
		}
	}

	private int[] distinctPeople(int count) {
		Set<Integer> chosen = new java.util.LinkedHashSet<>();
		while (chosen.size() < count) {
			chosen.add(this.random.nextInt(this.sizes.people()));
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	// --- Wall of fame
	// -------------------------------------------------------------------

	private void wallOfFame(Rows rows) {
		List<Long> categories = this.settings.awardCategories();
		long inductionId = 1;
		long nominationId = 1;
		int people = this.sizes.people();
		int awardYear = Year.from(this.now.atZone(this.zone)).getValue();
		Set<Integer> inductedThisYear = new HashSet<>();
		for (int index = 0; index < PAST_WEEKS; index++) {
			int year = this.comingYear - PAST_WEEKS + index;
			LocalDate friday = CelebrationWeekRule.defaultStart(year).plusDays(4);
			Instant inducted = friday.atTime(16, 0).atZone(this.zone).toInstant();
			long lastShoutOutBefore = shoutOutsBefore(inducted);
			Set<Integer> inductees = new java.util.LinkedHashSet<>();
			while (inductees.size() < Math.min(this.sizes.inducteesPerYear(), people - ADMINS)) {
				inductees.add(ADMINS + this.random.nextInt(people - ADMINS));
			}
			for (int person : inductees) {
				long manager = manager();
				rows.add(Table.INDUCTION, inductionId, (long) person + 1,
						categories.get(this.random.nextInt(categories.size())), year,
						CITATIONS[this.random.nextInt(CITATIONS.length)].replace("{name}", firstName(person)), manager,
						time(inducted), time(inducted), 0L);
				for (int slot = 0; slot < 2; slot++) {
					long earned = this.receivedByYear[person][index * 2 + slot];
					if (earned != 0 && earned <= lastShoutOutBefore) {
						rows.add(Table.INDUCTION_SHOUT_OUT, inductionId, earned);
					}
				}
				int nominators = 1 + this.random.nextInt(3);
				Set<Integer> by = new HashSet<>();
				for (int n = 0; n < nominators; n++) {
					int nominator = this.random.nextInt(people);
					if (nominator != person && by.add(nominator)) {
						Instant nominated = inducted.minus(Duration.ofDays(10 + this.random.nextInt(50)));
						rows.add(Table.NOMINATION, nominationId++, (long) person + 1, (long) nominator + 1, null, year,
								NOMINATION_REASONS[this.random.nextInt(NOMINATION_REASONS.length)], "INDUCTED",
								inductionId, manager, time(inducted), time(nominated), time(inducted));
					}
				}
				if (year == awardYear) {
					inductedThisYear.add(person);
				}
				inductionId++;
			}
		}
		// Nominations still open for this year's awards.
		Set<Long> nominated = new HashSet<>();
		for (int n = 0; n < this.sizes.openNominations(); n++) {
			int nominee = ADMINS + this.random.nextInt(people - ADMINS);
			int nominator = this.random.nextInt(people);
			if (nominee == nominator || inductedThisYear.contains(nominee)
					|| !nominated.add((long) nominee * 1_000_000 + nominator)) {
				continue;
			}
			Instant when = this.now.minus(Duration.ofMinutes(10 + this.random.nextInt(60 * 24 * 60)));
			rows.add(Table.NOMINATION, nominationId++, (long) nominee + 1, (long) nominator + 1, null, awardYear,
					NOMINATION_REASONS[this.random.nextInt(NOMINATION_REASONS.length)], "OPEN", null, null, null,
					time(when), time(when));
		}
	}

	/** The id of the last shout-out written before the moment (ids follow time). */
	private long shoutOutsBefore(Instant moment) {
		int index = Arrays.binarySearch(this.shoutOutTimes, moment.getEpochSecond());
		return (index >= 0) ? index : -index - 1;
	}

	// --- You said, we did
	// ---------------------------------------------------------------

	private void suggestions(Rows rows) {
		List<Long> categories = this.settings.suggestionCategories();
		long commentId = 1;
		long moveId = 1;
		int people = this.sizes.people();
		for (int s = 0; s < this.sizes.suggestions(); s++) {
			long id = s + 1;
			String[] spec = SUGGESTIONS[s % SUGGESTIONS.length];
			String title = (s < SUGGESTIONS.length) ? spec[0]
					: spec[0] + " (" + AREAS[(s / SUGGESTIONS.length) % AREAS.length] + ")";
			boolean anonymous = this.random.nextInt(10) < 4;
			int author = ADMINS + this.random.nextInt(people - ADMINS);
			Instant created = this.now.minus(Duration.ofMinutes(60 + this.random.nextInt(730 * 24 * 60)));
			if (anonymous) {
				// Anonymous items keep only the day.
				created = created.atZone(this.zone).toLocalDate().atStartOfDay(this.zone).toInstant();
			}
			int roll = this.random.nextInt(100);
			List<String> path = (roll < 20) ? List.of() : (roll < 40) ? List.of("UNDER_REVIEW") : (roll < 55)
					? List.of("UNDER_REVIEW", "PLANNED")
					: (roll < 85) ? List.of("UNDER_REVIEW", "PLANNED", "DONE") : List.of("UNDER_REVIEW", "WONT_DO");
			String state = "NEW";
			Instant changed = null;
			String outcome = null;
			List<Object[]> moves = new ArrayList<>();
			Instant at = created;
			for (String target : path) {
				at = at.plus(Duration.ofHours(24 + this.random.nextInt(30 * 24)));
				if (at.isAfter(this.now)) {
					break;
				}
				String note = target.equals("DONE") ? spec[3] : target.equals("WONT_DO") ? spec[4] : null;
				moves.add(new Object[] { state, target, manager(), at, note });
				state = target;
				changed = at;
				if (note != null) {
					outcome = note;
				}
			}
			boolean answered = !moves.isEmpty() && this.random.nextInt(10) < 7;
			Instant answeredAt = answered ? (Instant) moves.get(0)[3] : null;
			rows.add(Table.SUGGESTION, id, categories.get(Integer.parseInt(spec[2]) % categories.size()), title,
					spec[1], anonymous, anonymous ? null : (long) author + 1, state,
					answered ? ANSWERS[this.random.nextInt(ANSWERS.length)] : null, answered ? manager() : null,
					time(answeredAt), outcome, time(changed), time(created), 0L);
			for (Object[] move : moves) {
				rows.add(Table.SUGGESTION_MOVE, moveId++, id, move[0], move[1], move[2], time((Instant) move[3]),
						move[4]);
			}
			int voices = this.random.nextInt(Math.max(2, Math.min(people / 2, 40)));
			for (int voter : distinctPeople(voices)) {
				if (anonymous || voter != author) {
					rows.add(Table.SUGGESTION_VOICE, id, (long) voter + 1);
				}
			}
			for (int c = this.random.nextInt(4); c > 0; c--) {
				Instant when = min(created.plus(Duration.ofHours(1 + this.random.nextInt(20 * 24))), this.now);
				rows.add(Table.SUGGESTION_COMMENT, commentId++, id, (long) this.random.nextInt(people) + 1,
						COMMENTS[this.random.nextInt(COMMENTS.length)], time(when));
			}
		}
	}

	// --- Leaders beside agents
	// ----------------------------------------------------------

	private void leaders(Rows rows) {
		int leaders = ADMINS + this.sizes.managers();
		Instant since = this.now.minus(Duration.ofDays(400));
		for (int leader = 0; leader < leaders; leader++) {
			rows.add(Table.LEADER, (long) leader + 1, time(since), 1L);
		}
		Set<String> taken = new HashSet<>();
		long id = 1;
		LocalDate today = LocalDate.ofInstant(this.now, this.zone);
		for (int leader = 0; leader < leaders; leader++) {
			for (int month = -12; month <= 1; month++) {
				boolean future = month == 1;
				if (this.random.nextInt(10) >= (future ? 5 : 7)) {
					continue;
				}
				LocalDate day = future ? today.plusDays(1 + this.random.nextInt(30))
						: today.withDayOfMonth(1).plusMonths(month).plusDays(this.random.nextInt(28));
				if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					day = day.plusDays(2);
				}
				Instant starts = day.atTime((this.random.nextBoolean()) ? 10 : 14, 0).atZone(this.zone).toInstant();
				Instant ends = starts.plus(Duration.ofMinutes(30 * (1 + this.random.nextInt(4))));
				if (future != starts.isAfter(this.now) || !taken.add("leader" + leader + day)) {
					continue;
				}
				Long team = null;
				Long agent = null;
				int t = this.random.nextInt(this.sizes.teams());
				// A team hosts at most two leaders at a time, an agent one.
				boolean wantsTeam = this.random.nextInt(10) < 7;
				if (wantsTeam && (taken.add("team" + t + starts) || taken.add("team2" + t + starts))) {
					team = (long) t + 1;
				}
				else {
					int person = (int) firstStaffId() - 1 + this.random.nextInt(this.sizes.people() - leaders);
					if (!taken.add("agent" + person + starts)) {
						continue;
					}
					agent = (long) person + 1;
				}
				boolean cancelled = !future && this.random.nextInt(20) == 0;
				boolean learned = !future && !cancelled && this.random.nextInt(10) < 7;
				Instant learnedAt = learned ? min(ends.plus(Duration.ofHours(2 + this.random.nextInt(48))), this.now)
						: null;
				Instant cancelledAt = cancelled ? starts.minus(Duration.ofDays(2)) : null;
				Instant created = min(starts.minus(Duration.ofDays(7 + this.random.nextInt(21))),
						this.now.minus(Duration.ofHours(1)));
				rows.add(Table.RIDE_ALONG, id++, uid(), (long) leader + 1, team, agent, time(starts), time(ends),
						CHANNELS[this.random.nextInt(CHANNELS.length)],
						this.random.nextBoolean() ? "I would like to listen first, then take a few myself." : null,
						learned ? LEARNINGS[this.random.nextInt(LEARNINGS.length)] : null, time(learnedAt),
						time(cancelledAt), cancelled ? 1 : 0, time(created),
						time(max(created, max(learnedAt, cancelledAt))), 0L);
			}
		}
	}

	// --- Helpers
	// ------------------------------------------------------------------------

	private int staff() {
		return (int) firstStaffId() - 1 + this.random.nextInt(this.sizes.people() - (int) firstStaffId() + 1);
	}

	private long manager() {
		return firstManagerId() + this.random.nextInt(this.sizes.managers());
	}

	private String firstName(int person) {
		return this.names[person].substring(0, this.names[person].indexOf(' '));
	}

	private String uid() {
		return new UUID(this.random.nextLong(), this.random.nextLong()) + "@serviceweek";
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant min(Instant a, Instant b) {
		return (a.isBefore(b)) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	/**
	 * What to generate: the seed, the size (1 for the full organisation), the moment it
	 * is generated at, and what the migrations already hold.
	 */
	record Settings(long seed, double scale, Instant now, ZoneId zone, List<Long> awardCategories,
			List<Long> suggestionCategories, String passwordHash) {
	}

	/**
	 * How many of each, for a scale (1 = 2,000 people in 60 teams, 100,000 shout-outs,
	 * 5,000 sign-ups, 50 inductees).
	 */
	record Sizes(int people, int teams, int managers, int shoutOuts, int signUps, int inducteesPerYear,
			int openNominations, int suggestions) {

		static Sizes of(double scale) {
			if (!(scale > 0 && scale <= 10)) {
				throw new IllegalArgumentException("serviceweek.large-data.scale must be above 0 and at most 10");
			}
			return new Sizes(Math.max(30, (int) Math.round(2000 * scale)), Math.max(2, (int) Math.round(60 * scale)),
					Math.max(2, (int) Math.round(20 * scale)), Math.max(100, (int) Math.round(100_000 * scale)),
					Math.max(50, (int) Math.round(5000 * scale)), Math.max(1, (int) Math.round(10 * scale)),
					Math.max(3, (int) Math.round(60 * scale)), Math.max(8, (int) Math.round(60 * scale)));
		}

	}

}
