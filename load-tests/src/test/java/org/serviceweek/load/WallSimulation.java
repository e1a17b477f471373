package org.serviceweek.load;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The public wall's first page under a closed model, like {@code wrk -c50}: {@code users}
 * (50) visitors, each on its own connection, ask for it again as soon as they have it,
 * for {@code duration} seconds. Target: at least 1,500 requests/s with p99 under 50 ms.
 */
public class WallSimulation extends Simulation {

	private final ScenarioBuilder visitors = scenario("Visitors reloading the wall's first page")
		.during(LoadSettings.duration())
		.on(exec(Pages.wallFirstPage()));

	{
		setUp(this.visitors.injectOpen(atOnceUsers(LoadSettings.users(50)))).protocols(LoadSettings.protocol())
			.assertions(assertions());
	}

	@Override
	public void before() {
		Browser.warmUp(LoadSettings.users(50), (browser) -> browser.get("/wall"));
	}

	private static Assertion[] assertions() {
		Assertion noneFailed = global().failedRequests().count().is(0L);
		if (!LoadSettings.targets()) {
			return new Assertion[] { noneFailed };
		}
		return new Assertion[] { noneFailed, details(Pages.WALL_FIRST_PAGE).requestsPerSec().gte(1500.0),
				details(Pages.WALL_FIRST_PAGE).responseTime().percentile(99.0).lt(50) };
	}

}
