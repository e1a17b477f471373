package org.serviceweek.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions stay where Spring Boot puts them (Spring Session JDBC, ADR 015); their last
 * access is written back at most once per
 * {@code serviceweek.sessions.last-access-interval} ({@link LastAccessThrottle}). The
 * repository is wrapped after Spring Boot has made it: declaring a session repository of
 * our own would switch Boot's JDBC sessions off.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor lastAccessThrottle(
			@Value("${serviceweek.sessions.last-access-interval:1m}") Duration interval) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? LastAccessThrottle.around(sessions, interval) : bean;
			}
		};
	}

}
