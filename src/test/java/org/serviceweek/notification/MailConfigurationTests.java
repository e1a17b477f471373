package org.serviceweek.notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class MailConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(MailConfiguration.class)
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
				MailHealthContributorAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class));

	@Test
	void withoutAMailHostThereIsNoMailSender() {
		this.contexts.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
		});
	}

	@Test
	void aBlankMailHostCountsAsNone() {
		this.contexts.withPropertyValues("spring.mail.host= ")
			.run((context) -> assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull());
	}

	@Test
	void theServersMailSettingsMakeTheOneMailSender() {
		this.contexts
			.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=2525",
					"spring.mail.username=serviceweek", "spring.mail.password=secret", "spring.mail.protocol=smtps",
					"spring.mail.default-encoding=ISO-8859-1", "spring.mail.properties.mail.smtps.timeout=3000",
					"spring.mail.ssl.enabled=true")
			.run((context) -> {
				// Boot's own sender backs off: one sender, this one.
				assertThat(context).getBeans(MailSender.class).hasSize(1);
				JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBeanProvider(JavaMailSender.class)
					.getIfAvailable();
				assertThat(sender).isNotNull();
				assertThat(sender.getHost()).isEqualTo("smtp.example.com");
				assertThat(sender.getPort()).isEqualTo(2525);
				assertThat(sender.getUsername()).isEqualTo("serviceweek");
				assertThat(sender.getPassword()).isEqualTo("secret");
				assertThat(sender.getProtocol()).isEqualTo("smtps");
				assertThat(sender.getDefaultEncoding()).isEqualTo("ISO-8859-1");
				assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtps.timeout", "3000")
					.containsEntry("mail.smtps.ssl.enable", "true")
					.containsEntry("mail.smtps.ssl.checkserveridentity", "true");
			});
	}

	@Test
	void bootsMailChecksFindNoSenderThatMayBeAbsent() {
		// Both look for the implementation type; with no host they must not fail the
		// start.
		this.contexts.withPropertyValues("management.health.mail.enabled=true", "spring.mail.test-connection=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
			});
	}

	@Test
	void theConnectionTestFailsTheStartWhenTheMailServerIsDown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		this.contexts
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + closedPort,
					"spring.mail.test-connection=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(ConnectException.class));
		this.contexts.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + closedPort)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aJndiMailSessionIsRefusedRatherThanIgnored() {
		this.contexts.withPropertyValues("spring.mail.jndi-name=java:comp/env/mail/Session")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("spring.mail.jndi-name is not supported"));
	}

	@Test
	void withoutAPortTheProtocolsDefaultIsUsed() {
		this.contexts.withPropertyValues("spring.mail.host=smtp.example.com").run((context) -> {
			JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
			assertThat(sender.getPort()).isEqualTo(JavaMailSenderImpl.DEFAULT_PORT);
			assertThat(sender.getProtocol()).isEqualTo("smtp");
			assertThat(sender.getJavaMailProperties()).isEmpty();
		});
	}

}
