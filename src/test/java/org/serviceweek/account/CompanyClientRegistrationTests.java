package org.serviceweek.account;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyClientRegistrationTests {

	@Test
	void theProviderIsReadOnFirstUseAndAgainAfterItWasUnreachable() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		CompanyClientRegistration registration = new CompanyClientRegistration(
				properties("http://localhost:" + port + "/company", "not-so-secret"),
				"https://serviceweek.example.com/");

		// Nothing listens yet: no registration, and nothing remembered.
		assertThat(registration.findByRegistrationId(CompanyClientRegistration.ID)).isNull();

		MockOAuth2Server provider = new MockOAuth2Server();
		provider.start(port);
		try {
			ClientRegistration found = registration.findByRegistrationId(CompanyClientRegistration.ID);
			assertThat(found).isNotNull();
			assertThat(found.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:" + port + "/company");
			assertThat(found.getRedirectUri())
				.isEqualTo("https://serviceweek.example.com/login/oauth2/code/{registrationId}");
			assertThat(found.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
			assertThat(found.getClientSettings().isRequireProofKey()).isTrue();
			assertThat(registration.findByRegistrationId("another")).isNull();
		}
		finally {
			provider.shutdown();
		}
	}

	@Test
	void withoutASecretTheClientIsPublicAndUsesTheRequestsAddress() throws IOException {
		MockOAuth2Server provider = new MockOAuth2Server();
		provider.start();
		try {
			ClientRegistration found = new CompanyClientRegistration(
					properties(provider.issuerUrl("company").toString(), ""), "")
				.findByRegistrationId(CompanyClientRegistration.ID);
			assertThat(found.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
			assertThat(found.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
		}
		finally {
			provider.shutdown();
		}
	}

	private static CompanySignInProperties properties(String issuer, String secret) {
		return new CompanySignInProperties(issuer, "serviceweek", secret, null, List.of("openid", "email"), null,
				List.of(), List.of(), true);
	}

}
