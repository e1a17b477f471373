package org.serviceweek.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work (sending queued emails and webhook calls). Tests may turn it off and
 * run it by hand with {@code serviceweek.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "serviceweek.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
