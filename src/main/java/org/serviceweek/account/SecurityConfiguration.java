package org.serviceweek.account;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.shared.web.ErrorPageAttributes;
import org.serviceweek.shared.web.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Every route is listed here by role; the route matrix test keeps this
 * list complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

	/**
	 * Session attribute with the email of the last failed sign-in, shown again in the
	 * form.
	 */
	public static final String LAST_USERNAME = "serviceweek.lastUsername";

	private final String rememberMeKey;

	SecurityConfiguration(
			@Value("${serviceweek.security.remember-me-key:#{T(java.util.UUID).randomUUID().toString()}}") String rememberMeKey) {
		this.rememberMeKey = rememberMeKey;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AccountUserDetailsService userDetailsService, PersistentTokenRepository rememberMeTokens, Accounts accounts,
			ObjectProvider<CompanySignIn> companySignIn) {
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests((requests) -> requests
			// Everyone, including visitors without an account.
			.requestMatchers("/", "/login", "/setup", "/invitations/**", "/error", "/calendar/feeds/**", "/thanks",
					"/thanks/sent")
			.permitAll()
			// The public wall, its cards, feed, hall of fame and office screen: read
			// only.
			.requestMatchers(HttpMethod.GET, "/wall", "/wall/**")
			.permitAll()
			// HEAD is GET without the body (link checkers, monitors, "curl -I").
			.requestMatchers(HttpMethod.HEAD, "/wall", "/wall/**")
			.permitAll()
			.requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// Administrators.
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole(Role.ADMIN.name())
			// Managers (and administrators).
			.requestMatchers("/roster/**", "/people/new", "/people/*/edit", "/people/*/invitation", "/teams/new",
					"/teams/*/edit", "/plan", "/plan/**", "/activities/new", "/activities/*/edit",
					"/activities/*/cancel", "/activities/*/signups", "/activities/*/signups.csv", "/moderation",
					"/moderation/**", "/notifications/settings", "/values", "/values/**", "/shoutouts/export.csv",
					"/shoutouts/not-recognised", "/fame", "/fame/**", "/stats", "/stats/**")
			.hasRole(Role.MANAGER.name())
			.requestMatchers(HttpMethod.POST, "/shoutouts/*/hide")
			.hasRole(Role.MANAGER.name())
			// You said, we did: managers work through suggestions and keep the
			// categories.
			.requestMatchers("/suggestions/manage", "/suggestions/export.csv", "/suggestions/categories",
					"/suggestions/categories/**")
			.hasRole(Role.MANAGER.name())
			.requestMatchers(HttpMethod.POST, "/suggestions/*/state", "/suggestions/*/answer")
			.hasRole(Role.MANAGER.name())
			// Leaders beside agents: managers keep the tracker and mark leaders; the
			// bookings check for themselves that the person is a leader, or the leader
			// who booked, or a manager.
			.requestMatchers("/frontline/tracker", "/frontline/tracker.csv", "/frontline/leaders",
					"/frontline/leaders/**")
			.hasRole(Role.MANAGER.name())
			.requestMatchers("/frontline", "/frontline/**")
			.hasRole(Role.STAFF.name())
			.requestMatchers(HttpMethod.POST, "/activities/*/signup", "/activities/*/withdraw")
			.hasRole(Role.STAFF.name())
			.requestMatchers(HttpMethod.POST, "/people", "/people/**", "/teams", "/teams/**", "/activities",
					"/activities/*")
			.hasRole(Role.MANAGER.name())
			// Everyone signed in.
			.requestMatchers(HttpMethod.GET, "/people", "/people/*", "/people/*/shoutouts", "/teams", "/teams/*")
			.hasRole(Role.STAFF.name())
			.requestMatchers("/account", "/account/**", "/week", "/week/**", "/today", "/activities/*",
					"/activities/*/calendar.ics", "/calendar/**", "/notices", "/notices/**", "/shoutouts",
					"/shoutouts/**", "/nominate", "/leaderboard", "/suggestions", "/suggestions/**")
			.hasRole(Role.STAFF.name())
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login").failureHandler(failureHandler()).permitAll());
		// Single sign-on with the company's provider, only when configured.
		companySignIn.ifAvailable((sso) -> sso.applyTo(http));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut").permitAll());
		http.rememberMe((rememberMe) -> rememberMe.key(this.rememberMeKey)
			.tokenRepository(rememberMeTokens)
			.userDetailsService(userDetailsService)
			.tokenValiditySeconds((int) Duration.ofDays(14).toSeconds()));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler()));
		http.addFilterBefore(new AccountFreshnessFilter(accounts), AuthorizationFilter.class);
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(SecurityHeaders.REFERRER_POLICY))
			.frameOptions((frames) -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter(SecurityHeaders.PERMISSIONS_POLICY_HEADER,
					SecurityHeaders.PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * The remember-me cookie goes with same-site requests and top-level links only, like
	 * the session cookie ({@code server.servlet.session.cookie.same-site}, which applies
	 * to that one alone).
	 */
	@Bean
	static CookieSameSiteSupplier rememberMeCookieSameSite() {
		return CookieSameSiteSupplier.ofLax().whenHasName("remember-me");
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.MANAGER.name())
			.role(Role.MANAGER.name())
			.implies(Role.STAFF.name())
			.build();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, AuthenticationEventPublisher signInEvents) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		// Remember-me sign-ins are authenticated by their own provider, which must be
		// listed here
		// because this manager replaces the one Spring Security would otherwise assemble.
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle),
				new RememberMeAuthenticationProvider(this.rememberMeKey));
		// Sign-ins and refused sign-ins become application events (the audit log
		// listens).
		manager.setAuthenticationEventPublisher(signInEvents);
		return manager;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
		repository.setDataSource(dataSource);
		return repository;
	}

	@Bean
	FilterRegistrationBean<FirstRunFilter> firstRunFilter(Accounts accounts) {
		FilterRegistrationBean<FirstRunFilter> registration = new FilterRegistrationBean<>(
				new FirstRunFilter(accounts));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			// Keep what was typed in the email field for the next try (never the
			// password).
			String username = request.getParameter("username");
			if (username != null && username.length() <= 254) {
				request.getSession().setAttribute(LAST_USERNAME, username);
			}
			response.sendRedirect(request.getContextPath()
					+ ((exception instanceof LockedException) ? "/login?locked" : "/login?error"));
		};
	}

	/**
	 * A refused form (expired or missing CSRF token) says so, instead of a bare
	 * "forbidden".
	 */
	private static AccessDeniedHandler accessDeniedHandler() {
		return (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				request.setAttribute(ErrorPageAttributes.REASON, "error.403.csrf");
			}
			sendForbidden(response);
		};
	}

	private static void sendForbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
