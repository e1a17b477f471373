package org.serviceweek.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work (sending queued emails and webhook calls, rebuilding the office
 * screen). Tests may turn it off and run it by hand with
 * {@code serviceweek.scheduling.enabled=false}.
 * <p>
 * A job that must run on one instance at a time carries {@code @SchedulerLock}: ShedLock
 * then holds a row of the {@code shedlock} table while it runs, timed by the database's
 * clock, and the same job on the other instances skips that turn (ADR 015). Jobs without
 * it run on every instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "5m")
@ConditionalOnProperty(name = "serviceweek.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

	@Bean
	LockProvider schedulerLocks(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
