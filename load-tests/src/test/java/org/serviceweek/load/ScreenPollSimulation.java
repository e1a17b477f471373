package org.serviceweek.load;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Office screens polling {@code /wall/screen/data}, closed model, for {@code duration}
 * seconds: {@code users} (50) screens that have the document poll with its ETag without
 * pause (each a bodiless 304; target at least 10,000 per second), while
 * {@code screen.fullUsers} (5) clients ask without an ETag (a 200 with the document).
 * Should the wall change during the run, a 304 poll fails once (visible in the report)
 * and that screen fetches the new document and tag.
 */
public class ScreenPollSimulation extends Simulation {

	private static final String PATH = "/wall/screen/data";

	private final ScenarioBuilder screens = scenario("Screens polling with their ETag")
		.exec(Pages.screenDataWithoutETag().silent())
		.during(LoadSettings.duration())
		.on(poll());

	private final ScenarioBuilder newcomers = scenario("Clients fetching the whole document")
		.during(LoadSettings.duration())
		.on(exec(Pages.screenDataWithoutETag()));

	{
		setUp(this.screens.injectOpen(atOnceUsers(LoadSettings.users(50))),
				this.newcomers.injectOpen(atOnceUsers(Integer.getInteger("screen.fullUsers", 5))))
			.protocols(LoadSettings.protocol())
			.assertions(assertions());
	}

	@Override
	public void before() {
		Browser.warmUp(LoadSettings.users(50), (browser) -> {
			String etag = browser.etag(PATH);
			for (int i = 0; i < 20; i++) {
				browser.statusIfNoneMatch(PATH, etag);
			}
		});
	}

	private static ChainBuilder poll() {
		return exec(Pages.screenDataWithETag()).doIf(Session::isFailed)
			.then(exec(Pages.screenDataWithoutETag().silent()).exec(Session::markAsSucceeded));
	}

	private static Assertion[] assertions() {
		Assertion noneFailed = global().failedRequests().count().is(0L);
		if (!LoadSettings.targets()) {
			return new Assertion[] { noneFailed };
		}
		return new Assertion[] { noneFailed, details(Pages.SCREEN_POLL_304).requestsPerSec().gte(10_000.0) };
	}

}
