package org.serviceweek.notification;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.people.PersonDetails;
import org.serviceweek.shared.MutableClock;
import org.serviceweek.shared.TestClockConfiguration;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recipients hear about their shout-out in the app and by email, public ones are
 * announced to a chat webhook, and a failing mail server or webhook never loses or blocks
 * a shout-out.
 */
@SpringBootTest(properties = { "serviceweek.test.context=notifications", "spring.mail.host=localhost",
		"spring.mail.port=3025", "serviceweek.scheduling.enabled=false" })
@Import(TestClockConfiguration.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class ShoutOutNotificationsTests {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.serviceweek.TestAccounts testAccounts;

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	ModerationQueue moderation;

	@Autowired
	CompanyValues values;

	@Autowired
	People people;

	@Autowired
	Notices notices;

	@Autowired
	Deliveries deliveries;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MutableClock clock;

	private Person author;

	private Person ana;

	private long value;

	@BeforeEach
	void colleagues() {
		this.clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		this.settings.changeWebhookUrl("");
		this.settings.changeLanguage(Locale.ENGLISH);
		this.moderation.skipStaffModeration(false);
		this.deliveries.sendDue();
		this.author = person("Author");
		this.ana = person("Ana");
		this.value = this.values.add("Empathy " + UUID.randomUUID(), null).getId();
	}

	@Test
	void theRecipientGetsANoticeInTheAppAndAnEmail() throws Exception {
		ShoutOut shoutOut = post(false);

		this.deliveries.sendDue();

		assertThat(this.notices.latest(this.ana.getId())).singleElement().satisfies((notice) -> {
			assertThat(notice.getMessageCode()).isEqualTo("notice.shoutOutReceived");
			assertThat(notice.getLink()).isEqualTo("/shoutouts/" + shoutOut.getId());
		});
		MimeMessage[] received = mail.getReceivedMessagesForDomain("example.com");
		assertThat(received).anySatisfy((message) -> {
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo(this.ana.getEmail());
			assertThat(message.getSubject()).contains("Author");
		});
	}

	@Test
	void aFailingMailServerNeverLosesTheShoutOutAndTheEmailIsRetried() throws Exception {
		mail.stop();
		ShoutOut shoutOut = post(false);

		this.deliveries.sendDue();

		assertThat(this.shoutOuts.get(shoutOut.getId())).isNotNull();
		Delivery failed = lastEmailTo(this.ana);
		assertThat(failed.getDeliveredAt()).isNull();
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).isNotBlank();
		assertThat(failed.getNextAttemptAt()).isAfter(this.clock.instant());

		mail.start();
		this.clock.advance(Duration.ofMinutes(2));
		this.deliveries.sendDue();

		assertThat(lastEmailTo(this.ana).getDeliveredAt()).isNotNull();
		assertThat(mail.getReceivedMessagesForDomain("example.com")).isNotEmpty();
	}

	@Test
	void approvedPublicShoutOutsAreAnnouncedToTheChatWebhookWithRetries() throws Exception {
		List<String> bodies = new CopyOnWriteArrayList<>();
		AtomicInteger calls = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", (exchange) -> {
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			// The first call fails, as a chat service sometimes does.
			exchange.sendResponseHeaders((calls.incrementAndGet() == 1) ? 503 : 200, -1);
			exchange.close();
		});
		server.start();
		try {
			this.settings.changeWebhookUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
			this.moderation.skipStaffModeration(true);

			post(true);
			this.deliveries.sendDue();
			this.clock.advance(Duration.ofMinutes(2));
			this.deliveries.sendDue();

			assertThat(calls.get()).isEqualTo(2);
			assertThat(bodies.get(1)).startsWith("{\"text\":").contains("Ana").contains("You are wonderful");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void anInvitedPersonAlsoGetsTheirLinkByEmail() throws Exception {
		Person newcomer = person("Newcomer");

		invite(newcomer);
		this.deliveries.sendDue();

		assertThat(mail.getReceivedMessagesForDomain("example.com")).anySatisfy((message) -> {
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo(newcomer.getEmail());
			assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).contains("/invitations/");
		});
	}

	@Test
	void emailsAndChatMessagesAreWrittenInTheLanguageManagersChose() throws Exception {
		this.settings.changeLanguage(Locale.GERMAN);
		this.settings.changeWebhookUrl("http://127.0.0.1:9/hook");
		this.moderation.skipStaffModeration(true);

		post(true);

		assertThat(lastEmailTo(this.ana).getSubject()).isEqualTo("Author hat Ihnen einen Shout-out gesendet");
		assertThat(lastEmailTo(this.ana).getBody()).startsWith("Hallo Ana,").contains("You are wonderful");
		assertThat(this.deliveries.all()).filteredOn((delivery) -> delivery.getChannel() == Delivery.Channel.WEBHOOK)
			.last()
			.satisfies((hook) -> assertThat(hook.getBody()).contains("Shout-out f\u00fcr Ana"));
	}

	@Test
	void anInvitationEmailIsWrittenInTheLanguageManagersChose() throws Exception {
		this.settings.changeLanguage(Locale.GERMAN);
		Person newcomer = person("Neu");

		invite(newcomer);

		Delivery invitation = lastEmailTo(newcomer);
		assertThat(invitation.getSubject()).isEqualTo("Ihre Einladung zu ServiceWeek");
		assertThat(invitation.getBody()).startsWith("Hallo Neu,").contains("/invitations/");
	}

	/** A manager invites the person, as on their page in the directory. */
	private void invite(Person newcomer) throws Exception {
		var manager = this.testAccounts.signedIn(org.serviceweek.account.Role.MANAGER);
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/people/" + newcomer.getId() + "/invitation")
			.param("role", "STAFF")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(manager)));
	}

	private ShoutOut post(boolean wantsPublic) {
		return this.shoutOuts.post(this.author.getId(),
				new NewShoutOut(List.of(this.ana.getId()), null, this.value, "You are wonderful", wantsPublic, null));
	}

	private Delivery lastEmailTo(Person person) {
		return this.deliveries.all()
			.stream()
			.filter((delivery) -> delivery.getChannel() == Delivery.Channel.EMAIL)
			.filter((delivery) -> delivery.getRecipient().equals(person.getEmail()))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private Person person(String name) {
		return this.people.add(new PersonDetails(name,
				name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Agent", null,
				null, true));
	}

}
