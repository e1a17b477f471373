package org.serviceweek.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium (Debian's, at /usr/bin/chromium) driven by Playwright, with an axe check
 * on every page a journey visits and no browser console errors (a Content-Security-Policy
 * violation shows up there).
 */
public abstract class BrowserTestSupport {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--no-first-run", "--disable-sync");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	private final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launchChromium() {
		String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		assertThat(Files.isExecutable(Path.of(executable)))
			.as("Chromium is needed at %s (apt-get install chromium chromium-driver)", executable)
			.isTrue();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(executable))
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("en-GB"));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
		this.page.onConsoleMessage((message) -> {
			// A 4xx status is what an error page is for; anything else is a real problem.
			if (message.type().equals("error") && !message.text().contains("the server responded with a status of 4")) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closePage() {
		this.context.close();
		assertThat(this.consoleErrors).as("browser console errors").isEmpty();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page of the app. */
	protected void open(String path) {
		this.page.navigate(url(path));
	}

	/**
	 * Asserts that the current page fits a phone's narrowest screen (320 CSS pixels)
	 * without scrolling sideways, then goes back to the usual size.
	 */
	protected void assertFitsANarrowScreen(String pageName) {
		this.page.setViewportSize(320, 700);
		try {
			Object overflow = this.page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("pixels scrolled sideways on %s at 320 px", pageName)
				.isLessThanOrEqualTo(0);
		}
		finally {
			this.page.setViewportSize(1280, 860);
		}
	}

	/**
	 * Asserts that the current page has no accessibility violation that axe can find.
	 */
	protected void assertAccessible(String pageName) {
		AxeResults results = new AxeBuilder(this.page).analyze();
		assertThat(results.getViolations())
			.as("axe violations on %s (%s):%n%s", pageName, this.page.url(),
					results.getViolations()
						.stream()
						.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " "
								+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
						.collect(Collectors.joining("\n")))
			.isEmpty();
	}

	/** A link in the main navigation. */
	protected Locator nav(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	protected Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	/** Signs in through the sign-in page and lands on the start page. */
	protected void signIn(String email, String password) {
		open("/login");
		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button("Sign in").click();
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/"));
	}

	protected void signOut() {
		button("Sign out").click();
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/login?signedOut"));
	}

	/**
	 * Saves a screenshot under target/screenshots, for the README and for looking at
	 * failures.
	 */
	protected void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
			.setFullPage(false));
	}

}
