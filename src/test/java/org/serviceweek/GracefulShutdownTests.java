package org.serviceweek;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the app as a process manager does (SIGTERM) while someone is in the middle of
 * sending a form: readiness goes down and new connections are refused at once, the form
 * that was already on its way is still answered and saved, and then the process exits on
 * its own, having closed the database.
 */
class GracefulShutdownTests {

	@Test
	void finishesTheRequestInFlightRefusesNewOnesAndExits(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("data");
		try (AppProcess app = AppProcess.startOnH2(data)) {
			// A new installation: the first administrator fills in the setup form...
			WebUser admin = new WebUser(app);
			String csrf = admin.csrfFrom("/setup");
			byte[] form = WebUser
				.form(csrf, "name", "Grace Hopper", "email", "grace@example.com", "password", TestAccounts.PASSWORD,
						"confirmPassword", TestAccounts.PASSWORD)
				.getBytes(StandardCharsets.UTF_8);
			int half = form.length / 2;

			try (Socket socket = new Socket("localhost", app.port())) {
				socket.setSoTimeout(30_000);
				OutputStream out = socket.getOutputStream();
				// ...and sends it over a slow connection: the headers and half the form
				// now, so the app is already reading it when the stop comes.
				out.write(
						("POST /setup HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\nCookie: " + admin.cookieHeader()
								+ "\r\nContent-Type: application/x-www-form-urlencoded\r\n" + "Content-Length: "
								+ form.length + "\r\nConnection: close\r\n\r\n")
							.getBytes(StandardCharsets.US_ASCII));
				out.write(form, 0, half);
				out.flush();
				Thread.sleep(1_000);

				app.terminate();
				assertThat(awaitRefusal(app, Duration.ofSeconds(15)))
					.as("readiness refused or down after SIGTERM\n%s", app.log())
					.isTrue();
				assertThat(app.isAlive()).as("still waiting for the request in flight").isTrue();

				out.write(form, half, form.length - half);
				out.flush();
				List<String> head = readHead(socket);
				assertThat(head).as("answer to the form in flight\n%s", app.log()).isNotEmpty();
				assertThat(head.get(0)).startsWith("HTTP/1.1 302");
				assertThat(head).anySatisfy((header) -> assertThat(header).matches("(?i)location: .*/login"));
			}

			assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(AppProcess.TERMINATED);
			assertThat(app.log()).contains("Commencing graceful shutdown", "Graceful shutdown complete")
				.doesNotContain(" ERROR ");
		}

		// What the form did was committed before the database closed.
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + data.resolve("serviceweek").toAbsolutePath(), "serviceweek", "");
				Statement statement = connection.createStatement();
				ResultSet accounts = statement.executeQuery(
						"select count(*) from account a join person p on p.id = a.person_id where p.email = 'grace@example.com'")) {
			assertThat(accounts.next()).isTrue();
			assertThat(accounts.getInt(1)).isEqualTo(1);
		}
	}

	private static boolean awaitRefusal(AppProcess app, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (app.refusesNewRequests()) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static List<String> readHead(Socket socket) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>();
		for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
			lines.add(line);
		}
		return lines;
	}

}
