package org.serviceweek.shared;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with one that tests set, in Europe/Berlin so that zones show
 * up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Bean
	@Primary
	public MutableClock testClock() {
		return new MutableClock(Instant.parse("2026-09-01T08:00:00Z"), ZONE);
	}

}
