package org.serviceweek.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serviceweek.shared.PublicContent;
import org.serviceweek.shared.RecentValues;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorPagesTests {

	private final PublicContent content = new PublicContent(null, "");

	private final AtomicInteger renderings = new AtomicInteger();

	private final VisitorPages.Filter filter = filter(Duration.ofMinutes(1));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCrowdOfVisitorsCostsOneRenderingOfAPage() throws Exception {
		MockHttpServletResponse first = visit(request("/wall"), this::wall);
		MockHttpServletResponse second = visit(request("/wall"), this::wall);

		assertThat(this.renderings).hasValue(1);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("<p>wall 1</p>");
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void aKeptPageGetsTheHeadersItsRenderingGotAndARequestIdOfItsOwn() throws Exception {
		Page securedGermanWall = (request, response) -> {
			response.setHeader("X-Frame-Options", "DENY");
			response.addHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			response.setLocale(Locale.GERMAN);
			wall(request, response);
		};
		MockHttpServletResponse first = new MockHttpServletResponse();
		first.setHeader("X-Request-Id", "first-request");
		this.filter.doFilter(request("/wall"), first, chain(securedGermanWall));
		MockHttpServletResponse second = new MockHttpServletResponse();
		second.setHeader("X-Request-Id", "second-request");
		this.filter.doFilter(request("/wall"), second, chain(securedGermanWall));

		assertThat(this.renderings).hasValue(1);
		assertThat(second.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
		assertThat(second.getHeaders("X-Frame-Options")).containsExactly("DENY");
		assertThat(second.getHeaders("Cache-Control"))
			.containsExactly("no-cache, no-store, max-age=0, must-revalidate");
		assertThat(second.getHeader("Content-Language")).isEqualTo("de");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeaders("X-Request-Id")).containsExactly("second-request");
	}

	@Test
	void eachAddressAndLanguageIsAPageOfItsOwn() throws Exception {
		visit(request("/wall"), this::wall);
		visit(request("/wall?page=2"), this::wall);
		MockHttpServletRequest german = request("/wall");
		german.addHeader("Accept-Language", "de-DE");
		german.addPreferredLocale(Locale.GERMANY);
		visit(german, this::wall);

		assertThat(this.renderings).hasValue(3);
	}

	@Test
	void signedInPeopleAndVisitorsWithACookieOrCredentialsGetAPageOfTheirOwn() throws Exception {
		visit(request("/wall"), this::wall);
		// The session cookie is called SESSION or JSESSIONID, or as configured.
		for (String cookie : List.of("JSESSIONID", "SESSION", "remember-me", "another-apps")) {
			MockHttpServletRequest withCookie = request("/wall");
			withCookie.setCookies(new Cookie(cookie, "abc"));
			visit(withCookie, this::wall);
		}
		MockHttpServletRequest withCredentials = request("/wall");
		withCredentials.addHeader("Authorization", "Basic YW5hOnNlY3JldA==");
		visit(withCredentials, this::wall);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ana", null,
					List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
		MockHttpServletResponse signedIn = visit(request("/wall"), this::wall);

		assertThat(this.renderings).hasValue(7);
		assertThat(signedIn.getContentAsString()).isEqualTo("<p>wall 7</p>");
	}

	@Test
	void aPageThatStartsASessionOrIsNotAPlainPageIsNotKept() throws Exception {
		visit(request("/wall"), (request, response) -> {
			wall(request, response);
			request.getSession(true);
		});
		visit(request("/wall"), (request, response) -> response.sendError(404));
		visit(request("/wall"), (request, response) -> {
			response.setContentType("application/json");
			response.getWriter().write("{}");
		});
		MockHttpServletResponse last = visit(request("/wall"), this::wall);

		assertThat(this.renderings).hasValue(4);
		assertThat(last.getContentAsString()).isEqualTo("<p>wall 4</p>");
	}

	@Test
	void aChangeVisitorsCanSeeMakesEveryKeptPageStale() throws Exception {
		visit(request("/wall"), this::wall);
		this.content.changed();

		assertThat(visit(request("/wall"), this::wall).getContentAsString()).isEqualTo("<p>wall 2</p>");
		assertThat(visit(request("/wall"), this::wall).getContentAsString()).isEqualTo("<p>wall 2</p>");
	}

	@Test
	void postsAreNeverServedFromMemory() throws Exception {
		MockHttpServletRequest post = request("/wall");
		post.setMethod("POST");
		visit(post, this::wall);
		visit(post, this::wall);

		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void withNoTimeToKeepThemEveryVisitRenders() throws Exception {
		VisitorPages.Filter never = filter(Duration.ZERO);
		never.doFilter(request("/wall"), new MockHttpServletResponse(), chain(this::wall));
		never.doFilter(request("/wall"), new MockHttpServletResponse(), chain(this::wall));

		assertThat(this.renderings).hasValue(2);
	}

	private VisitorPages.Filter filter(Duration freshFor) {
		return new VisitorPages.Filter(new RecentValues<>(freshFor, 10, this.content),
				new AcceptHeaderLocaleResolver());
	}

	private MockHttpServletResponse visit(MockHttpServletRequest request, Page page)
			throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain(page));
		return response;
	}

	private FilterChain chain(Page page) {
		return (ServletRequest request, ServletResponse response) -> {
			this.renderings.incrementAndGet();
			page.render((HttpServletRequest) request, (HttpServletResponse) response);
		};
	}

	private void wall(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream()
			.write(("<p>wall " + this.renderings.get() + "</p>").getBytes(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequest request(String address) {
		String[] parts = address.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		return request;
	}

	@FunctionalInterface
	interface Page {

		void render(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

}
