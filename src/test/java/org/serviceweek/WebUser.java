package org.serviceweek;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using a running app over real HTTP, as a browser would: their own cookies, the
 * CSRF token taken from the page that holds the form, redirects not followed (so a test
 * sees the 302 that acknowledges a form).
 */
public final class WebUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final AppProcess app;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public WebUser(AppProcess app) {
		this.app = app;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public HttpResponse<String> get(String path) throws IOException {
		return send(HttpRequest.newBuilder(this.app.uri(path)).GET());
	}

	public HttpResponse<byte[]> getBytes(String path) throws IOException {
		return sendForBytes(HttpRequest.newBuilder(this.app.uri(path)).GET());
	}

	/** Opens the page with a form and takes its CSRF token, as the browser sends it. */
	public String csrfFrom(String path) throws IOException {
		HttpResponse<String> page = get(path);
		Matcher token = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !token.find()) {
			throw new AssertionError("No form on " + path + " (" + page.statusCode() + ")");
		}
		return token.group(1);
	}

	/** Sends a form: name, value, name, value... */
	public HttpResponse<String> post(String path, String csrf, String... fields) throws IOException {
		return send(formRequest(path, csrf, fields));
	}

	public HttpResponse<byte[]> postForBytes(String path, String csrf, String... fields) throws IOException {
		return sendForBytes(formRequest(path, csrf, fields));
	}

	/** Signs in through the sign-in form, as the person would. */
	public void signIn(String email, String password) throws IOException {
		HttpResponse<String> response = post("/login", csrfFrom("/login"), "username", email, "password", password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("Sign-in of " + email + " failed: " + response.statusCode() + " " + location);
		}
	}

	/** The cookies a browser would send, for a request written by hand. */
	public String cookieHeader() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
	}

	/** A form body: name, value, name, value..., with the CSRF token first. */
	public static String form(String csrf, String... fields) {
		StringJoiner body = new StringJoiner("&");
		body.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			body.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private HttpRequest.Builder formRequest(String path, String csrf, String... fields) {
		return HttpRequest.newBuilder(this.app.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(csrf, fields)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
