package org.serviceweek.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Signed-in staff under a closed model: {@code users} (50) people, each on an account of
 * its own ({@code users.pattern}, {@code users.password}), sign in (spread over
 * {@code ramp} seconds, 5 by default: a sign-in is a deliberately slow password hash),
 * then go round their feed, a reaction, the week and an activity they sign up for (or
 * withdraw from) without pause, for {@code duration} seconds.
 */
public class StaffJourneySimulation extends Simulation {

	private static final Pattern REACTION = Pattern.compile("action=\"(/shoutouts/\\d+/reactions/[A-Z_]+)\"");

	private static final Pattern ACTIVITY = Pattern.compile("href=\"(/activities/\\d+)\"");

	private final String password = LoadSettings.password();

	private final ScenarioBuilder staff = scenario("Staff: feed, reaction, sign-up").exec(Pages.signIn(this.password))
		.during(LoadSettings.duration())
		.on(Pages.feedAndReact().exec(Pages.signUpForAnActivity()));

	{
		int users = LoadSettings.users(50);
		setUp(this.staff.injectOpen(rampUsers(users).during(Duration.ofSeconds(Long.getLong("ramp", 5)))))
			.protocols(LoadSettings.protocol())
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		Browser.warmUp(Math.min(LoadSettings.users(50), 10), new Browser.Round() {

			@Override
			public void prepare(Browser browser, int index) {
				browser.signIn(LoadSettings.userName(index), StaffJourneySimulation.this.password);
			}

			@Override
			public void run(Browser browser) {
				String feed = browser.get("/shoutouts");
				List<String> reactions = Browser.all(REACTION, feed);
				if (!reactions.isEmpty()) {
					// Twice: a reaction toggles, so the warm-up leaves none behind.
					String reaction = Browser.any(reactions);
					browser.postJson(reaction, Map.of("_csrf", Browser.csrf(feed)));
					browser.postJson(reaction, Map.of("_csrf", Browser.csrf(feed)));
				}
				List<String> activities = Browser.all(ACTIVITY, browser.get("/week"));
				if (!activities.isEmpty()) {
					browser.get(Browser.any(activities));
				}
			}

		});
	}

}
