package org.serviceweek.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.shared.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The header's navigation offers each role its own links, and visitors the public ones.
 */
@SpringBootTest(properties = "serviceweek.test.context=wall-of-fame")
@Import(StatementCounting.class)
@AutoConfigureMockMvc
class NavigationTests {

	private static final Pattern NAV = Pattern.compile("<nav class=\"site-nav\".*?</nav>", Pattern.DOTALL);

	private static final Pattern TARGET = Pattern.compile("(?:href|action)=\"([^\"]*)\"");

	private static final List<String> STAFF = List.of("/", "/wall", "/shoutouts", "/week", "/today", "/week/mine",
			"/suggestions", "/frontline", "/people", "/teams", "/notices", "/account", "/logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void visitorsAreOfferedThePublicPagesAndSigningIn() throws Exception {
		assertThat(navigation((request) -> request)).containsExactly("/", "/wall", "/wall/fame", "/login");
	}

	@Test
	void staffAreOfferedTheirPagesAndSigningOut() throws Exception {
		assertThat(navigation(user(this.testAccounts.signedIn(Role.STAFF)))).containsExactlyElementsOf(STAFF);
	}

	@Test
	void managersAreAlsoOfferedPlanningModerationAwardsStatsAndTheRoster() throws Exception {
		assertThat(navigation(user(this.testAccounts.signedIn(Role.MANAGER)))).containsExactly("/", "/wall",
				"/shoutouts", "/week", "/today", "/week/mine", "/suggestions", "/frontline", "/plan", "/moderation",
				"/fame", "/stats", "/people", "/teams", "/roster/import", "/notices", "/account", "/logout");
	}

	@Test
	void administratorsAreAlsoOfferedAccountsTheAuditLogAndBackups() throws Exception {
		assertThat(navigation(user(this.testAccounts.signedIn(Role.ADMIN)))).containsExactly("/", "/wall", "/shoutouts",
				"/week", "/today", "/week/mine", "/suggestions", "/frontline", "/plan", "/moderation", "/fame",
				"/stats", "/people", "/teams", "/roster/import", "/admin/accounts", "/admin/audit", "/admin/backup",
				"/notices", "/account", "/logout");
	}

	private List<String> navigation(RequestPostProcessor who) throws Exception {
		String page = this.mvc.perform(get("/thanks").with(who)).andReturn().getResponse().getContentAsString();
		Matcher nav = NAV.matcher(page);
		assertThat(nav.find()).as("the page has the site's navigation").isTrue();
		List<String> targets = new ArrayList<>();
		Matcher target = TARGET.matcher(nav.group());
		while (target.find()) {
			targets.add(target.group(1));
		}
		return targets;
	}

}
