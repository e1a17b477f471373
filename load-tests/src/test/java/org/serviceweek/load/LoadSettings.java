package org.serviceweek.load;

import java.time.Duration;
import java.util.Locale;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What a run is given on the command line ({@code -Dname=value}), with defaults that
 * match the targets in docs/performance.md.
 */
final class LoadSettings {

	/** The app under test; only addresses on this machine or a test host. */
	static final String BASE_URL = stripSlash(System.getProperty("base.url", "http://localhost:8080"));

	private LoadSettings() {
	}

	/** Concurrent users of a closed model ({@code -Dusers}). */
	static int users(int fallback) {
		return Integer.getInteger("users", fallback);
	}

	/** How long the measured part runs ({@code -Dduration}, seconds). */
	static Duration duration() {
		return Duration.ofSeconds(Long.getLong("duration", 30));
	}

	/**
	 * How long each user warms the app up before the measured part ({@code -Dwarmup},
	 * seconds): those requests are silent, so they are left out of the report.
	 */
	static Duration warmUp() {
		return Duration.ofSeconds(Long.getLong("warmup", 10));
	}

	/** Arrivals per second of an open model ({@code -Drate}). */
	static double rate(double fallback) {
		String rate = System.getProperty("rate");
		return (rate != null) ? Double.parseDouble(rate) : fallback;
	}

	/**
	 * Whether the targets become assertions that fail the run
	 * ({@code -Dtargets}).
	 */
	static boolean targets() {
		return Boolean.getBoolean("targets");
	}

	/**
	 * The user name of the n-th signed-in account (0-based): {@code -Dusers.pattern} with
	 * a number from {@code -Dusers.first} on, cycling through {@code -Dusers.count}
	 * accounts. The default is the staff of the {@code large-data} profile. A pattern
	 * without a number signs everyone in as one account (the demo's staff account, for
	 * example).
	 */
	static String userName(long n) {
		String pattern = System.getProperty("users.pattern", "staff-%04d@large.serviceweek.example");
		int first = Integer.getInteger("users.first", 1);
		int count = Math.max(1, Integer.getInteger("users.count", 1000));
		return String.format(Locale.ROOT, pattern, first + (n % count));
	}

	/** The signed-in accounts' password ({@code -Dusers.password}); required. */
	static String password() {
		String password = System.getProperty("users.password");
		if (password == null || password.isEmpty()) {
			throw new IllegalStateException("This simulation signs people in: give their password with "
					+ "-Dusers.password=... (and their user names with -Dusers.pattern=...)");
		}
		return password;
	}

	/** Speaks to the app like a browser, but never follows a redirect by itself. */
	static HttpProtocolBuilder protocol() {
		return http.baseUrl(BASE_URL)
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("en")
			.acceptEncodingHeader("gzip, deflate")
			.userAgentHeader("ServiceWeek load test (Gatling)")
			// Gatling's own warm-up request would go to its website; warm up on the app.
			.warmUp(BASE_URL + "/actuator/health")
			// Each request says itself what it has (If-None-Match for the screen polls);
			// Gatling's browser cache would turn every repeated GET into a conditional
			// one.
			.disableCaching()
			.disableFollowRedirect();
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
