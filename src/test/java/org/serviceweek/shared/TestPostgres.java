package org.serviceweek.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The one embedded PostgreSQL server of a test JVM, started when a test first needs it
 * and stopped when the JVM exits, after every Spring context has closed. Each caller gets
 * a new, empty database on it, so that contexts never see each other's rows.
 */
public final class TestPostgres {

	/**
	 * The user every test database belongs to; the embedded server trusts local users.
	 */
	public static final String USERNAME = "postgres";

	private static final Logger logger = LoggerFactory.getLogger(TestPostgres.class);

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	/**
	 * Creates an empty database on the server (starting the server first if needed).
	 * @return its JDBC URL, for {@link #USERNAME} with an empty password
	 */
	public static String createDatabase() {
		EmbeddedPostgres postgres = server();
		String name = "serviceweek_" + databases.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return postgres.getJdbcUrl(USERNAME, name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				// Every Spring context keeps a connection pool open until the JVM ends.
				server = EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "1000")
					.setServerConfig("fsync", "off")
					.setServerConfig("full_page_writes", "off")
					.setRegisterShutdownHook(false)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
			}
			// Spring Boot runs these handlers after it has closed every application
			// context,
			// so that no context's pool or scheduler is cut off mid-query.
			SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
		}
		return server;
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			logger.warn("The embedded PostgreSQL did not stop cleanly", ex);
		}
	}

}
