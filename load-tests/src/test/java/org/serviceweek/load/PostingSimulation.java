package org.serviceweek.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;

/**
 * Posting shout-outs under an open model: {@code rate} (500) new shout-outs arrive per
 * second for {@code duration} seconds, whether or not the app keeps up, like people in
 * many browser tabs. First {@code posting.accounts} (20) authors sign in and open the
 * form once; each arrival then sends the form from one of their sessions (with a fresh
 * one-time key, one recipient and a value the form offered) and follows the redirect to
 * the new shout-out, which must be there. A share of arrivals ({@code posting.resend},
 * 0.05) sends the same form again (a reload), which must lead to the same shout-out, not
 * a second one. The run fails if any post fails: none lost, none duplicated.
 */
public class PostingSimulation extends Simulation {

	private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");

	/** The author's own person on the form, whom the picker leaves out. */
	private static final Pattern EXCLUDED = Pattern.compile("data-exclude=\"(\\d+)\"");

	/** A person's id in the picker's search results. */
	private static final Pattern FOUND_ID = Pattern.compile("\"id\":(\\d+)");

	/** The signed-in authors' sessions, which every arrival shares out. */
	private static final List<Map<String, Object>> AUTHORS = new CopyOnWriteArrayList<>();

	private static final AtomicLong NEXT_AUTHOR = new AtomicLong();

	private final String password = LoadSettings.password();

	private final double resend = Double.parseDouble(System.getProperty("posting.resend", "0.05"));

	private final ScenarioBuilder authors = scenario("Authors signing in").exec(Pages.signIn(this.password))
		.exec(Pages.shoutOutForm())
		.exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sessionId")))
		.exec((session) -> {
			if (!session.isFailed()) {
				Map<String, Object> author = new HashMap<>();
				for (String attribute : List.of("sessionId", "csrf", "recipients", "values")) {
					author.put(attribute, session.get(attribute));
				}
				AUTHORS.add(author);
			}
			return session;
		});

	private final ScenarioBuilder posts = scenario("Shout-outs arriving").feed(authors())
		.exec(addCookie(Cookie("JSESSIONID", "#{sessionId}")))
		.exec(PostingSimulation::fillInForm)
		.exec(Pages.postShoutOut())
		.exitHereIfFailed()
		.doIf((session) -> ThreadLocalRandom.current().nextDouble() < this.resend)
		.then(Pages.postShoutOutAgain());

	{
		int accounts = Integer.getInteger("posting.accounts", 20);
		double rate = LoadSettings.rate(500);
		setUp(this.authors.injectOpen(atOnceUsers(accounts))
			.andThen(this.posts.injectOpen(constantUsersPerSec(rate).during(LoadSettings.duration()))))
			.protocols(LoadSettings.protocol().shareConnections())
			.assertions(assertions());
	}

	@Override
	public void before() {
		Browser.warmUp(4, new Browser.Round() {

			@Override
			public void prepare(Browser browser, int index) {
				browser.signIn(LoadSettings.userName(index), PostingSimulation.this.password);
			}

			@Override
			public void run(Browser browser) {
				String page = browser.get("/shoutouts/new");
				String me = Browser.first(EXCLUDED, page);
				List<String> found = Browser.all(FOUND_ID, browser.get("/people/lookup?q=" + Pages.any(Pages.TYPED)))
					.stream()
					.filter((id) -> !id.equals(me))
					.toList();
				String posted = browser.post("/shoutouts",
						Map.of("_csrf", Browser.csrf(page), "submissionKey", UUID.randomUUID().toString(),
								"recipientIds", Browser.any(found), "valueId",
								Browser.any(Browser.all(OPTION, Browser.select(page, "valueId"))), "message",
								"Warm-up: thank you!"));
				browser.get(posted.replaceFirst("^https?://[^/]+", ""));
			}

		});
	}

	/** Hands the signed-in authors out in turn, for ever. */
	private static Iterator<Map<String, Object>> authors() {
		return Stream.generate(() -> {
			if (AUTHORS.isEmpty()) {
				throw new IllegalStateException("No author could sign in; see the sign-in requests in the report");
			}
			return AUTHORS.get((int) (NEXT_AUTHOR.getAndIncrement() % AUTHORS.size()));
		}).iterator();
	}

	private static Session fillInForm(Session session) {
		String key = UUID.randomUUID().toString();
		Session withRecipient = Pages.pick(Pages.pick(session, "recipients", "recipient"), "values", "value");
		return withRecipient.set("submissionKey", key).set("message", "Load test: thank you! (" + key + ")");
	}

	private static Assertion[] assertions() {
		List<Assertion> assertions = new ArrayList<>();
		assertions.add(global().failedRequests().count().is(0L));
		if (LoadSettings.targets()) {
			assertions.add(details(Pages.POST_SHOUT_OUT).requestsPerSec().gte(500.0));
		}
		return assertions.toArray(Assertion[]::new);
	}

}
