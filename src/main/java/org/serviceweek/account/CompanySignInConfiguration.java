package org.serviceweek.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Single sign-on, only when {@code serviceweek.sso.issuer-uri} is set: without it no
 * OAuth 2.0 client exists and the app starts as if the feature were not there.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(CompanySignInConfiguration.IssuerConfigured.class)
@EnableConfigurationProperties(CompanySignInProperties.class)
class CompanySignInConfiguration {

	@Bean
	CompanySignIn companySignIn(CompanySignInProperties properties, CompanyAccounts accounts,
			@Value("${serviceweek.base-url:}") String baseUrl) {
		if (!StringUtils.hasText(properties.clientId())) {
			throw new IllegalStateException(
					"serviceweek.sso.client-id is required when serviceweek.sso.issuer-uri is set");
		}
		return new CompanySignIn(properties, accounts, baseUrl);
	}

	/** Set and not blank (an empty environment variable leaves the feature off). */
	static class IssuerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("serviceweek.sso.issuer-uri"));
		}

	}

}
