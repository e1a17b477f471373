package org.serviceweek.shared.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person's browser gets when something goes wrong: a page in the app's layout with
 * a clear message, never a stack trace or a blank page. Runs against a real server,
 * because error pages are rendered by the servlet container's error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=error-pages")
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ApplicationContext context;

	@Test
	void springBootsWhitelabelPageIsOff() {
		// spring.web.error.whitelabel.enabled (Boot 4's name; server.error.* does
		// nothing).
		assertThat(this.context.containsBean("error")).as("Boot's whitelabel error view").isFalse();
	}

	@Test
	void missingThingIsANotFoundPage() throws Exception {
		Browser browser = signedInAs(Role.STAFF);

		HttpResponse<String> response = browser.get("/people/987654321");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("ServiceWeek").doesNotContain("Exception");
	}

	@Test
	void forbiddenActionIsAForbiddenPage() throws Exception {
		Browser browser = signedInAs(Role.STAFF);

		HttpResponse<String> response = browser.get("/admin/accounts");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed").contains("does not have access");
	}

	@Test
	void expiredFormSaysSo() throws Exception {
		Browser browser = signedInAs(Role.MANAGER);

		HttpResponse<String> response = browser.post("/people/1/consent", "consent=true&_csrf=stale-token");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("This form has expired");
	}

	@Test
	void malformedAddressIsABadRequestPage() throws Exception {
		Browser browser = signedInAs(Role.STAFF);

		HttpResponse<String> response = browser.get("/people/not-a-number");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Something is wrong with this request");
	}

	@Test
	void serverFailureIsAnApologyWithoutDetails() throws Exception {
		Browser browser = signedInAs(Role.STAFF);

		HttpResponse<String> response = browser.get("/test/failure");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at org.");
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Browser browser = new Browser();
		String csrf = browser.csrfFrom("/login");
		String before = browser.cookie("JSESSIONID");

		HttpResponse<String> response = browser.post("/login", "username=" + encode(staff.getUsername()) + "&password="
				+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(csrf));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
	}

	@Test
	void theRememberMeCookieIsSentOnlyWithSameSiteRequests() throws Exception {
		SignedInAccount staff = this.testAccounts.signedIn(Role.STAFF);
		Browser browser = new Browser();
		String csrf = browser.csrfFrom("/login");

		HttpResponse<String> response = browser.post("/login", "username=" + encode(staff.getUsername()) + "&password="
				+ encode(TestAccounts.PASSWORD) + "&remember-me=on&_csrf=" + encode(csrf));

		assertThat(response.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("remember-me="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
	}

	@Test
	void aFormLargerThanAnyOfTheAppsIsRefusedWithAPageThatSaysSo() throws Exception {
		this.testAccounts.signedIn(Role.STAFF);
		Browser visitor = new Browser();
		String csrf = visitor.csrfFrom("/thanks");
		String huge = "x".repeat(200 * 1024);

		// The public thanks form would show a message this long again beside its error.
		HttpResponse<String> response = visitor.post("/thanks",
				"_csrf=" + encode(csrf) + "&agentName=Ana&message=" + huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than any form of ServiceWeek accepts")
			.contains("ServiceWeek")
			.doesNotContain(huge.substring(0, 1000));
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aFormOfTheLargestSizeTheAppsFormsReachStillArrives() throws Exception {
		Browser browser = signedInAs(Role.STAFF);
		String csrf = browser.csrfFrom("/suggestions/new");
		// 2,000 characters (the longest text field), each four bytes in UTF-8, each byte
		// percent-encoded: 24 KB.
		String longest = "\uD83D\uDE00".repeat(2000);

		HttpResponse<String> response = browser.post("/suggestions",
				"_csrf=" + encode(csrf) + "&title=&description=" + encode(longest));

		// The form comes back with its errors (no title), not a refusal of its size.
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("form").doesNotContain("larger than any form");
	}

	@Test
	void aLargeFormSentWithoutItsLengthIsRefusedWithTheSameMessage() throws Exception {
		this.testAccounts.signedIn(Role.STAFF);
		Browser visitor = new Browser();
		String csrf = visitor.csrfFrom("/login");
		byte[] form = ("_csrf=" + encode(csrf) + "&username=ana%40example.com&password=" + "x".repeat(200 * 1024))
			.getBytes(StandardCharsets.UTF_8);

		// A body of unknown length is sent in chunks: only the server's own limit sees
		// it.
		HttpResponse<String> response = visitor.send("/login", "POST", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than any form of ServiceWeek accepts");
	}

	@Test
	void noFilterReadsTheFormOfAPutPatchOrDelete() {
		// Spring's FormContentFilter read such forms whole, of any size, before the
		// security filters; no route of the app takes one.
		assertThat(this.context.getBeanNamesForType(org.springframework.web.filter.FormContentFilter.class)).isEmpty();
	}

	private Browser signedInAs(Role role) throws IOException, InterruptedException {
		SignedInAccount account = this.testAccounts.signedIn(role);
		Browser browser = new Browser();
		String csrf = browser.csrfFrom("/login");
		HttpResponse<String> response = browser.post("/login", "username=" + encode(account.getUsername())
				+ "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(csrf));
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/"));
		return browser;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A minimal browser: keeps cookies, asks for HTML, does not follow redirects. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> send(String path, String method, String contentType, HttpRequest.BodyPublisher body)
				throws IOException, InterruptedException {
			return this.client.send(request(path).header("Content-Type", contentType).method(method, body).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrfFrom(String path) throws IOException, InterruptedException {
			Matcher matcher = CSRF.matcher(get(path).body());
			assertThat(matcher.find()).isTrue();
			return matcher.group(1);
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + ErrorPagesTests.this.port + path))
				.header("Accept", "text/html,application/xhtml+xml");
		}

	}

	@TestConfiguration
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@Controller
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
