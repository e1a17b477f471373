package org.serviceweek.load;

import java.util.List;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Visitors browsing the public wall under a closed model: {@code users} (50) each go
 * round the first page, a year, a team and a card's page without pause, for
 * {@code duration} seconds. Each page is its own line of the report, with a quarter of
 * the requests.
 */
public class WallBrowsingSimulation extends Simulation {

	private static final Pattern YEAR = Pattern.compile("<option value=\"(\\d{4})\"");

	private static final Pattern CARD = Pattern.compile("href=\"(/wall/shoutouts/\\d+)\"");

	private final ScenarioBuilder visitors = scenario("Visitors browsing the wall").during(LoadSettings.duration())
		.on(Pages.browseWall());

	{
		setUp(this.visitors.injectOpen(atOnceUsers(LoadSettings.users(50)))).protocols(LoadSettings.protocol())
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		Browser.warmUp(LoadSettings.users(50), (browser) -> {
			List<String> years = Browser.all(YEAR, browser.get("/wall"));
			String page = browser.get("/wall?year=" + Browser.any(years));
			browser.get(Browser.any(Browser.all(CARD, page)));
		});
	}

}
