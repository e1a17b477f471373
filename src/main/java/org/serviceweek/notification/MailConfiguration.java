package org.serviceweek.notification;

import java.util.Properties;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The mail sender, made from the {@code spring.mail.*} properties when
 * {@code spring.mail.host} is set, and {@code null} (absent to the {@code ObjectProvider}
 * of {@link Deliveries}) when it is not.
 * <p>
 * Spring Boot's own mail sender exists only under a condition on
 * {@code spring.mail.host}. A jar started from its ahead-of-time bean definitions keeps
 * the beans the build chose, where no mail server is set, so Boot's sender would be
 * missing on a server that sets one (ADR 024). This one is always defined and decides
 * when it is made; Boot's backs off since a mail sender is defined. It applies the same
 * properties as Boot's (host, port, user, password, protocol, encoding,
 * {@code spring.mail.properties.*}, {@code spring.mail.ssl.*} and
 * {@code spring.mail.test-connection}). It is declared as a {@link JavaMailSender}, not
 * the implementation, so that Boot's mail health check and connection test, which look
 * for the implementation, never find a sender that may be absent. A JNDI mail session
 * ({@code spring.mail.jndi-name}) is not supported: the start fails with a message rather
 * than ignore it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	JavaMailSender mailSender(MailProperties properties, ObjectProvider<SslBundles> sslBundles,
			@Value("${spring.mail.test-connection:false}") boolean testConnection) {
		if (StringUtils.hasText(properties.getJndiName())) {
			throw new IllegalStateException("spring.mail.jndi-name is not supported; set spring.mail.host "
					+ "(and port, username, password) instead");
		}
		if (!StringUtils.hasText(properties.getHost())) {
			return null;
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.getHost().strip());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
		MailProperties.Ssl ssl = properties.getSsl();
		if (ssl.isEnabled() || StringUtils.hasLength(ssl.getBundle())) {
			if (ssl.isVerifyHostname()) {
				javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
			}
			if (ssl.isEnabled()) {
				javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
			}
			if (StringUtils.hasLength(ssl.getBundle())) {
				SslBundles bundles = sslBundles.getIfAvailable();
				Assert.state(bundles != null, "spring.mail.ssl.bundle is set but no SSL bundles are configured");
				SslBundle bundle = bundles.getBundle(ssl.getBundle());
				javaMail.put("mail." + protocol + ".ssl.socketFactory", bundle.createSslContext().getSocketFactory());
			}
		}
		if (!javaMail.isEmpty()) {
			sender.setJavaMailProperties(javaMail);
		}
		if (testConnection) {
			try {
				sender.testConnection();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException("Mail server is not available (spring.mail.test-connection)", ex);
			}
		}
		return sender;
	}

}
