package org.serviceweek.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one source of "now": every feature takes this clock, so dates, "today" and
 * countdowns can be tested at any moment of the year.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${serviceweek.time-zone:}") String zone) {
		return Clock.system(StringUtils.hasText(zone) ? ZoneId.of(zone) : ZoneId.systemDefault());
	}

}
