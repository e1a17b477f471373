package org.serviceweek.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The requests of the load tests, each under the name it has in the report. Every answer
 * is checked for its status and read like a browser would: card ids from the wall, the
 * CSRF token from a form, an activity from the week. Redirects after a form are followed
 * by hand (as a browser would, which also takes the one-time message off the session).
 */
final class Pages {

	static final String WALL_FIRST_PAGE = "wall: first page";

	static final String SCREEN_POLL_304 = "screen poll: ETag matches (304)";

	static final String POST_SHOUT_OUT = "post a shout-out";

	/** Letters an author types in the picker: common in names, so each finds some. */
	static final List<String> TYPED = List.of("an", "ar", "el", "in", "ma", "ri", "sa", "on");

	/** What a Location header may have before the path. */
	private static final String PATH = "^(?:https?://[^/]+)?";

	/** The hidden field Spring Security adds to every form. */
	private static final String CSRF_FIELD = "input[name='_csrf']";

	private Pages() {
	}

	/** The public wall's first page, as {@code wrk} would ask for it. */
	static HttpRequestActionBuilder wallFirstPage() {
		return http(WALL_FIRST_PAGE).get("/wall").check(status().is(200));
	}

	/**
	 * A visitor browsing: the first page (reading the year and team filters), a page
	 * filtered by year (reading its cards), one filtered by team, and a card's own page.
	 */
	static ChainBuilder browseWall() {
		return exec(http(WALL_FIRST_PAGE).get("/wall")
			.check(status().is(200), regex("<option value=\"(\\d{4})\"").findAll().saveAs("years"),
					css("#team option", "value").findAll().saveAs("teams")))
			.exec((session) -> pick(pick(session, "years", "year"), "teams", "team"))
			.exec(http("wall: filtered by year").get("/wall?year=#{year}")
				.check(status().is(200), regex("href=\"/wall/shoutouts/(\\d+)\"").findAll().saveAs("cardIds")))
			.exec(http("wall: filtered by team").get("/wall?team=#{team}").check(status().is(200)))
			.exec((session) -> pick(session, "cardIds", "cardId"))
			.exec(http("wall: card page").get("/wall/shoutouts/#{cardId}").check(status().is(200)));
	}

	/** What an office screen asks for the first time: the whole document and its ETag. */
	static HttpRequestActionBuilder screenDataWithoutETag() {
		return http("screen poll: no ETag (200)").get("/wall/screen/data")
			.header("Accept", "application/json")
			.check(status().is(200), header("ETag").saveAs("etag"));
	}

	/** What it asks every 5 seconds after: unchanged, a bodiless 304. */
	static HttpRequestActionBuilder screenDataWithETag() {
		return http(SCREEN_POLL_304).get("/wall/screen/data")
			.header("Accept", "application/json")
			.header("If-None-Match", "#{etag}")
			.check(status().is(304));
	}

	/**
	 * Signs in as the account for this virtual user (a CSRF token from the sign-in page,
	 * then the form); a wrong password or a locked account ends the user.
	 */
	static ChainBuilder signIn(String password) {
		return exec((session) -> session.set("username", LoadSettings.userName(session.userId() - 1)))
			.exec(http("sign-in page").get("/login").check(status().is(200), css(CSRF_FIELD, "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", password)
				.formParam("_csrf", "#{csrf}")
				// Success leaves the sign-in page; a failure goes back to it
				// (?error, ?locked).
				.check(status().is(302),
						header("Location").transform((location) -> location.contains("/login")).is(false)))
			.exitHereIfFailed();
	}

	/**
	 * The signed-in feed, then a reaction to one of its shout-outs (as the page's script
	 * sends it: asking for JSON; each reaction toggles, so a user's reactions come and
	 * go).
	 */
	static ChainBuilder feedAndReact() {
		return exec(http("feed (signed in)").get("/shoutouts")
			.check(status().is(200), css(CSRF_FIELD, "value").saveAs("csrf"),
					regex("action=\"(/shoutouts/\\d+/reactions/[A-Z_]+)\"").findAll().saveAs("reactions")))
			.exec((session) -> pick(session, "reactions", "reaction"))
			.exec(http("react to a shout-out").post("#{reaction}")
				.header("Accept", "application/json")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), jsonPath("$.count").exists()));
	}

	/**
	 * The week's page, an activity on it, and signing up for it (or withdrawing, if this
	 * account already has a place or waits for one), then back to the activity's page. An
	 * activity that is over or cancelled offers neither and is only looked at.
	 */
	static ChainBuilder signUpForAnActivity() {
		return exec(http("week page").get("/week")
			.check(status().is(200), regex("href=\"/activities/(\\d+)\"").findAll().saveAs("activityIds")))
			.exec((session) -> pick(session, "activityIds", "activityId").remove("signUpAction"))
			.exec(http("activity page").get("/activities/#{activityId}")
				.check(status().is(200), css(CSRF_FIELD, "value").saveAs("csrf"),
						regex("action=\"/activities/\\d+/(signup|withdraw)\"").optional().saveAs("signUpAction")))
			.doIfEquals("#{signUpAction}", "signup")
			.then(exec(signUpForm("sign up for an activity", "signup")))
			.doIfEquals("#{signUpAction}", "withdraw")
			.then(exec(signUpForm("withdraw from an activity", "withdraw")));
	}

	private static ChainBuilder signUpForm(String name, String action) {
		return exec(http(name).post("/activities/#{activityId}/" + action)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302),
					headerRegex("Location", PATH + "(/activities/\\d+)$").isEL("/activities/#{activityId}")))
			.exec(http("activity page").get("/activities/#{activityId}").check(status().is(200)));
	}

	/**
	 * The shout-out form of a signed-in author: its CSRF token, the values it offers and
	 * the author's own person (whom the picker leaves out); then the colleagues its
	 * picker finds for a few typed letters ({@code GET /people/lookup}, as the page's
	 * script asks: a large company's form lists nobody until one types).
	 */
	static ChainBuilder shoutOutForm() {
		return exec(http("shout-out form").get("/shoutouts/new")
			.check(status().is(200), css(CSRF_FIELD, "value").saveAs("csrf"),
					css("#recipientIds", "data-exclude").optional().saveAs("me"),
					css("#valueId option", "value").findAll().saveAs("values")))
			.exec((session) -> session.set("typed", any(TYPED)))
			.exec(http("find a colleague").get("/people/lookup?q=#{typed}")
				.header("Accept", "application/json")
				.check(status().is(200), jsonPath("$[*].id").findAll().saveAs("found")))
			.exec((session) -> session.set("recipients",
					session.getList("found")
						.stream()
						.map(String::valueOf)
						.filter((id) -> !id.equals(session.contains("me") ? session.getString("me") : ""))
						.toList()));
	}

	static String any(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	/**
	 * Sends the shout-out form (one recipient, a value, a message and the form's one-time
	 * key, all set in the session) and follows the redirect to the new shout-out, which
	 * must then be there. A failed post ends the (open model's one-post) user.
	 */
	static ChainBuilder postShoutOut() {
		return exec(shoutOutPost(POST_SHOUT_OUT)
			.check(headerRegex("Location", PATH + "(/shoutouts/\\d+)$").saveAs("posted"))).exitHereIfFailed()
			.exec(http("posted shout-out page").get("#{posted}").check(status().is(200)));
	}

	/**
	 * Sends the same form again (a reload): it must lead to the shout-out the first one
	 * made, not to a second one.
	 */
	static ChainBuilder postShoutOutAgain() {
		return exec(shoutOutPost("post the same form again")
			.check(headerRegex("Location", PATH + "(/shoutouts/\\d+)$").isEL("#{posted}"))).exitHereIfFailed()
			.exec(http("posted shout-out page").get("#{posted}").check(status().is(200)));
	}

	private static HttpRequestActionBuilder shoutOutPost(String name) {
		return http(name).post("/shoutouts")
			.formParam("_csrf", "#{csrf}")
			.formParam("submissionKey", "#{submissionKey}")
			.formParam("recipientIds", "#{recipient}")
			.formParam("valueId", "#{value}")
			.formParam("message", "#{message}")
			.check(status().is(302));
	}

	/**
	 * Picks one of a scraped list at random into an attribute. With nothing to pick, the
	 * attribute is left out, so the request that needs it fails visibly in the report.
	 */
	static Session pick(Session session, String listName, String attribute) {
		List<String> values = session.contains(listName)
				? session.getList(listName).stream().map(String::valueOf).filter((value) -> !value.isBlank()).toList()
				: List.of();
		return values.isEmpty() ? session.remove(attribute)
				: session.set(attribute, values.get(ThreadLocalRandom.current().nextInt(values.size())));
	}

}
