package org.serviceweek.account;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions stay where Spring Boot puts them (Spring Session JDBC, ADR 015), with two
 * savings: their last access is written back at most once per
 * {@code serviceweek.sessions.last-access-interval} ({@link LastAccessThrottle}), and a
 * session a request has saved is not read back in the same request
 * ({@link OneSessionReadPerRequest}). The repository is wrapped after Spring Boot has
 * made it: declaring a session repository of our own would switch Boot's JDBC sessions
 * off. Spring Boot's customizers (and {@link SessionAttributeUpserts}) have run by then.
 * The bean named {@code sessionRepository} is therefore a wrapper: inject it as a
 * {@code SessionRepository} or {@code FindByIndexNameSessionRepository}, never as a
 * {@code JdbcIndexedSessionRepository}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor sessionRepositoryWrappers(
			@Value("${serviceweek.sessions.last-access-interval:1m}") Duration interval) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? OneSessionReadPerRequest.around(LastAccessThrottle.around(sessions, interval)) : bean;
			}
		};
	}

	/** Just outside Spring Session's filter (its default order), on every dispatch. */
	@Bean
	FilterRegistrationBean<Filter> savedSessionsScope() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(OneSessionReadPerRequest.scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		return registration;
	}

}
