package org.serviceweek.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies, for warming the app up before a simulation
 * starts (its requests are not part of the report; Gatling counts a run's throughput over
 * the whole run, so a warm-up inside it would lower every figure).
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** A page that must answer 200. */
	String get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		expect(response, 200);
		return response.body();
	}

	/** A form post that must answer with a redirect; returns where it leads. */
	String post(String path, Map<String, String> form) {
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
			.build());
		expect(response, 302);
		return response.headers().firstValue("Location").orElse("");
	}

	/** A reaction, as the page's script sends it: JSON back, 200. */
	void postJson(String path, Map<String, String> form) {
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
			.build());
		expect(response, 200);
	}

	/** The office screen's document: its ETag. */
	String etag(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		expect(response, 200);
		return response.headers().firstValue("ETag").orElseThrow();
	}

	/** A conditional request: its status. */
	int statusIfNoneMatch(String path, String etag) {
		return send(request(path).header("If-None-Match", etag).GET().build()).statusCode();
	}

	void signIn(String username, String password) {
		String csrf = csrf(get("/login"));
		String location = post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
		if (location.contains("/login")) {
			throw new IllegalStateException("Cannot sign in as " + username + " (" + location + ")");
		}
	}

	static String csrf(String html) {
		return first(CSRF, html);
	}

	/** The part of a page from the select with this id to its end. */
	static String select(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		if (start < 0) {
			throw new IllegalStateException("No select " + id + " on the page");
		}
		return html.substring(start, html.indexOf("</select>", start));
	}

	static String first(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return matcher.group(1);
	}

	static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static String any(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	/**
	 * Warms the app up: {@code threads} browsers each repeat {@code round} for the
	 * {@code -Dwarmup} seconds (10 by default; 0 skips it). A failure ends the run before
	 * it starts, with the reason.
	 */
	static void warmUp(int threads, Round round) {
		Duration length = LoadSettings.warmUp();
		if (length.isZero()) {
			return;
		}
		System.out.printf("Warming up for %d s with %d browsers (not part of the report)%n", length.toSeconds(),
				threads);
		// One after the other: signing one account in twice at the same moment can fail
		// (see docs/performance.md).
		List<Browser> browsers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Browser browser = new Browser();
			round.prepare(browser, i);
			browsers.add(browser);
		}
		Instant end = Instant.now().plus(length);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Browser browser : browsers) {
				running.add(pool.submit(() -> {
					while (Instant.now().isBefore(end)) {
						round.run(browser);
					}
					return null;
				}));
			}
			for (Future<?> browser : running) {
				browser.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("The warm-up failed: " + ex.getMessage(), ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(LoadSettings.BASE_URL + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
			.header("Accept-Language", "en")
			.header("User-Agent", "ServiceWeek load test (warm-up)");
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static void expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ", expected " + status);
		}
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One browser's part of a warm-up. */
	interface Round {

		/** Once per browser, before its rounds (to sign in, say). */
		default void prepare(Browser browser, int index) {
		}

		void run(Browser browser);

	}

}
