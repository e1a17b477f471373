package org.serviceweek.wall.web;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Office screens keep being answered while every pooled connection is busy (say, a burst
 * of posts): an installed app's poll and its stylesheets need no database connection, not
 * even for the first-run check.
 */
@SpringBootTest(properties = { "serviceweek.test.context=busy-pool", "serviceweek.scheduling.enabled=false",
		"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=1000" })
@AutoConfigureMockMvc
class ScreenPollWithoutAFreeConnectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void aScreenPollIsAnsweredWhileEveryConnectionIsBusy() throws Exception {
		this.testAccounts.signedIn(Role.ADMIN);
		this.mvc.perform(get("/wall/screen/data"));
		List<Connection> busy = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				busy.add(this.dataSource.getConnection());
			}
			assertThat(this.mvc.perform(get("/wall/screen/data")).andReturn().getResponse().getStatus()).isEqualTo(200);
			assertThat(this.mvc.perform(get("/css/screen.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		finally {
			for (Connection connection : busy) {
				connection.close();
			}
		}
	}

}
