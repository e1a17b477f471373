package org.serviceweek.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.serviceweek.account.PasswordPolicy;
import org.serviceweek.wall.ScreenSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code large-data} profile: fills an empty database with a large organisation for
 * load tests and for finding slow pages (2,000 people in 60 teams, 100,000 shout-outs
 * over five years, the last five celebration weeks with 150 activities and 5,000
 * sign-ups, 50 inductees, suggestions and leaders' hours beside the front line). Rows go
 * in by JDBC batches rather than through the services, which would take many minutes; the
 * same seed gives the same data. Every person can sign in with their email and one shared
 * password ({@code serviceweek.large-data.password}, or a random one printed to the log).
 */
@Component
class LargeOrganisation extends FillsBeforeTheServer {

	private static final Logger logger = LoggerFactory.getLogger(LargeOrganisation.class);

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ScreenSnapshots screens;

	private final Clock clock;

	private final long seed;

	private final double scale;

	private final String password;

	LargeOrganisation(JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, ScreenSnapshots screens, Clock clock,
			@Value("${serviceweek.large-data.seed:20261005}") long seed,
			@Value("${serviceweek.large-data.scale:1}") double scale,
			@Value("${serviceweek.large-data.password:}") String password) {
		super("large-data");
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.screens = screens;
		this.clock = clock;
		this.seed = seed;
		this.scale = scale;
		this.password = password;
	}

	@Override
	void run() {
		Long people = this.jdbc.queryForObject("select count(*) from person", Long.class);
		if (people != null && people > 0) {
			Long ours = this.jdbc.queryForObject("select count(*) from person where email = ?", Long.class,
					LargeOrganisationPlan.email("admin", 1));
			if (ours != null && ours > 0) {
				logger.info("Large data profile: the large organisation is already in this database ({} people); "
						+ "its accounts keep the password they were given when it was generated.", people);
			}
			else {
				logger.warn("Large data profile: the database is not empty ({} people), so nothing was added. "
						+ "Start with an empty data folder, for example --serviceweek.data-dir=/tmp/serviceweek-large.",
						people);
			}
			return;
		}
		boolean generated = this.password.isBlank();
		String chosen = generated ? randomPassword() : this.password;
		List<String> problems = this.passwordPolicy.problems(chosen, null, null);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("serviceweek.large-data.password breaks the password policy " + problems
					+ ": use at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password");
		}
		long started = System.nanoTime();
		long cpuStarted = CPU.getCurrentThreadCpuTime();
		LargeOrganisationPlan plan = new LargeOrganisationPlan(
				new LargeOrganisationPlan.Settings(this.seed, this.scale, this.clock.instant(), this.clock.getZone(),
						this.jdbc.queryForList("select id from award_category order by position, id", Long.class),
						this.jdbc.queryForList("select id from suggestion_category order by position, id", Long.class),
						this.passwordEncoder.encode(chosen)));
		logger.info("Large data profile: generating {} (seed {}) ...", plan.sizes(), this.seed);
		JdbcRows rows = new JdbcRows(this.jdbc, this.transactions);
		try {
			plan.writeTo(rows);
			rows.finish();
		}
		catch (RuntimeException ex) {
			logger.error("Large data profile: generating failed; the database may be partly filled. "
					+ "Delete the data folder and start again.");
			throw ex;
		}
		this.screens.refresh();
		long millis = (System.nanoTime() - started) / 1_000_000;
		long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
		logger.info(summary(rows.counts(), millis, cpuMillis, plan, chosen, generated));
	}

	private static String summary(Map<Table, Long> counts, long millis, long cpuMillis, LargeOrganisationPlan plan,
			String password, boolean generated) {
		StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
				"%n%n  Large data profile: %,d rows in %,d ms (%,d ms of CPU) (%d people, %d teams, %d shout-outs, %d reactions, "
						+ "%d activities, %d sign-ups, %d inductions)%n",
				counts.values().stream().mapToLong(Long::longValue).sum(), millis, cpuMillis,
				counts.getOrDefault(Table.PERSON, 0L), counts.getOrDefault(Table.TEAM, 0L),
				counts.getOrDefault(Table.SHOUT_OUT, 0L), counts.getOrDefault(Table.REACTION, 0L),
				counts.getOrDefault(Table.ACTIVITY, 0L), counts.getOrDefault(Table.SIGN_UP, 0L),
				counts.getOrDefault(Table.INDUCTION, 0L)));
		text.append(
				String.format(java.util.Locale.ROOT, "  Every person signs in with their email and the password %s%n",
						generated
								? "(generated at random, set serviceweek.large-data.password to choose it): " + password
								: "from serviceweek.large-data.password"));
		text.append(String.format(java.util.Locale.ROOT,
				"    ADMIN    %s%n    MANAGER  %s ... %s%n    STAFF    %s ... %s%n",
				LargeOrganisationPlan.email("admin", 1), LargeOrganisationPlan.email("manager", 1),
				LargeOrganisationPlan.email("manager", plan.sizes().managers()),
				LargeOrganisationPlan.email("staff", 1), LargeOrganisationPlan.email("staff",
						plan.sizes().people() - LargeOrganisationPlan.ADMINS - plan.sizes().managers())));
		text.append(String.format(java.util.Locale.ROOT,
				"  The %d week's activities to sign up for: /activities/%d to /activities/%d%n", plan.comingYear(),
				LargeOrganisationPlan.firstComingActivityId(),
				LargeOrganisationPlan.firstComingActivityId() + LargeOrganisationPlan.comingActivities() - 1));
		return text.toString();
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
