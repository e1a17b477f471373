package org.serviceweek.operations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.serviceweek.shared.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application the operations tests share (so it starts once): a metrics token, a
 * clock the tests set, and deliveries sent by hand instead of on a schedule.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "serviceweek.test.context=operations",
		"serviceweek.metrics.token=" + OperationsTest.METRICS_TOKEN, "serviceweek.scheduling.enabled=false" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface OperationsTest {

	/** The token Prometheus would send. */
	String METRICS_TOKEN = "scrape-me-7d1c0f3a9b2e4d68a5f0c3b1e9d7a2f4";

}
