package org.serviceweek.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Single sign-on, only when {@code serviceweek.sso.issuer-uri} is set: without it no
 * OAuth 2.0 client exists and the app starts as if the feature were not there.
 * <p>
 * Decided when the bean is made, not by a condition on the bean's definition: a jar
 * started from its ahead-of-time bean definitions has the beans the build chose, so a
 * condition would be judged on the build's settings, not the server's (ADR 024). Without
 * an issuer the bean is {@code null}, which the {@code ObjectProvider}s of its users see
 * as absent.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompanySignInProperties.class)
class CompanySignInConfiguration {

	@Bean
	CompanySignIn companySignIn(CompanySignInProperties properties, CompanyAccounts accounts,
			@Value("${serviceweek.base-url:}") String baseUrl) {
		if (!StringUtils.hasText(properties.issuerUri())) {
			// Set and not blank (an empty environment variable leaves the feature off).
			return null;
		}
		if (!StringUtils.hasText(properties.clientId())) {
			throw new IllegalStateException(
					"serviceweek.sso.client-id is required when serviceweek.sso.issuer-uri is set");
		}
		return new CompanySignIn(properties, accounts, baseUrl);
	}

}
