package org.serviceweek.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.wall.ScreenSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets over a real connection (MockMvc neither compresses nor rewrites
 * through the servlet container): text compressed when it accepts gzip, and stylesheets,
 * scripts and images under addresses with a hash of their content, kept for a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=static-resources")
class StaticResourcesTests {

	private static final String YEAR = "max-age=31536000";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	ServerProperties server;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	ScreenSnapshots screens;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void aWallWithSomeShoutOuts() {
		SignedInAccount manager = this.testAccounts.signedIn(Role.MANAGER);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long value = this.values.add("Static " + tag, null).getId();
		Person author = person("Static Author " + tag);
		Person to = person("Static Person " + tag);
		for (int i = 0; i < 6; i++) {
			long id = this.shoutOuts
				.post(author.getId(), new NewShoutOut(List.of(to.getId()), null, value,
						"Thank you for the calm voice during the Monday rush, number " + i + " " + tag, true, null))
				.getId();
			this.moderation.approve(id, manager.getPersonId(), null, null);
		}
		this.screens.refresh();
	}

	@Test
	void pagesLinkStylesheetsScriptsAndImagesByTheHashOfTheirContent() throws Exception {
		String wall = get("/wall", false).body();
		String screen = get("/wall/screen", false).body();

		assertThat(wall).contains("href=\"" + hashed("css/serviceweek.css") + "\"")
			.contains("src=\"" + hashed("js/serviceweek.js") + "\"")
			.contains("src=\"" + hashed("img/logo.svg") + "\"")
			.doesNotContain("/css/serviceweek.css\"");
		assertThat(screen).contains("href=\"" + hashed("css/screen.css") + "\"")
			.contains("src=\"" + hashed("js/screen.js") + "\"");
		// Links to pages are left alone.
		assertThat(wall).contains("href=\"/wall/fame\"");
	}

	@Test
	void aHashedAddressIsKeptForAYearAndThePlainOneForAnHour() throws Exception {
		HttpResponse<String> hashed = get(hashed("css/serviceweek.css"), false);
		HttpResponse<String> plain = get("/css/serviceweek.css", false);
		HttpResponse<String> stale = get("/css/serviceweek-0123456789abcdef0123456789abcdef.css", false);

		assertThat(hashed.statusCode()).isEqualTo(200);
		assertThat(hashed.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains(YEAR).contains("immutable").contains("public"));
		assertThat(hashed.body()).isEqualTo(contentOf("css/serviceweek.css"));
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=3600").doesNotContain("immutable"));
		assertThat(plain.body()).isEqualTo(hashed.body());
		assertThat(stale.statusCode()).isEqualTo(404);
		assertThat(get(hashed("js/screen.js"), false).headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains(YEAR));
	}

	@Test
	void aChangedFileGetsAnotherAddress() throws Exception {
		ContentVersionStrategy strategy = new ContentVersionStrategy();

		String before = strategy.getResourceVersion(new ByteArrayResource("body { color: navy; }".getBytes()));
		String after = strategy.getResourceVersion(new ByteArrayResource("body { color: teal; }".getBytes()));

		assertThat(after).isNotEqualTo(before);
		assertThat(this.resourceUrls.getForLookupPath("/css/serviceweek.css")).isNotEqualTo("/css/serviceweek.css")
			.isEqualTo(hashed("css/serviceweek.css"));
		assertThat(this.resourceUrls.getForLookupPath("/people/7")).isNull();
	}

	@Test
	void textIsCompressedForBrowsersThatAcceptGzip() throws Exception {
		for (String path : List.of("/wall", hashed("css/serviceweek.css"), hashed("js/screen.js"), "/wall/feed.atom",
				"/wall/screen/data")) {
			HttpResponse<byte[]> compressed = this.http.send(request(path, true),
					HttpResponse.BodyHandlers.ofByteArray());
			HttpResponse<String> plain = get(path, false);
			System.out.println("DEBUG " + path + " " + compressed.headers().map() + " " + compressed.body().length + " "
					+ plain.body().length());

			assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			String unzipped = gunzip(compressed.body());
			assertThat(unzipped).as(path).hasSizeGreaterThan(compressed.body().length);
			if (!path.equals("/wall")) {
				assertThat(unzipped).as(path).isEqualTo(plain.body());
			}
		}
		assertThat(this.server.getCompression().getMimeTypes()).contains("text/html", "text/css",
				"application/javascript", "application/json", "image/svg+xml", "application/atom+xml");
	}

	private String hashed(String path) throws IOException {
		String name = path.substring(0, path.lastIndexOf('.'));
		String extension = path.substring(path.lastIndexOf('.'));
		byte[] content = new ClassPathResource("static/" + path).getContentAsByteArray();
		return "/" + name + "-" + DigestUtils.md5DigestAsHex(content) + extension;
	}

	private static String contentOf(String path) throws IOException {
		return new ClassPathResource("static/" + path).getContentAsString(StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		return this.http.send(request(path, gzip), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, boolean gzip) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return request.build();
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Person person(String name) {
		return this.people
			.add(new PersonDetails(name, "s." + UUID.randomUUID() + "@example.com", "Agent", null, null, true));
	}

}
