package org.serviceweek.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server takes on a bounded amount of work, so that a burst of twice what it can
 * serve is turned away at the door instead of filling the heap (docs/performance.md,
 * finding 29): 50 request threads and 1,000 open connections, not Tomcat's 200 and 8,192.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=static-resources")
class ConnectorLimitsTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theServerRunsAtMostFiftyRequestsAndHoldsAtMostAThousandConnections() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

		assertThat(protocol.getMaxThreads()).isEqualTo(50);
		assertThat(protocol.getMaxConnections()).isEqualTo(1000);
	}

}
