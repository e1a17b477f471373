package org.serviceweek.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A copy of the whole database, taken while the app runs. The built-in H2 database in a
 * file is copied by H2's own {@code BACKUP TO}: one zip holding the database file as of
 * one moment, without stopping anyone's work (see ADR 017). PostgreSQL is backed up with
 * {@code pg_dump}, outside the app.
 */
@Service
public class DatabaseBackups {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

	private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://([^/:?,]+)(?::(\\d+))?/");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DatabaseBackups(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Which database this installation uses, and so how it is backed up.
	 */
	public Database database() {
		return this.jdbc.execute((ConnectionCallback<Database>) (connection) -> {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			String url = (meta.getURL() != null) ? meta.getURL() : "";
			if ("H2".equals(product)) {
				String path = single(connection, "select database_path()");
				boolean embedded = !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
				return (path != null && embedded) ? new Database(Kind.H2_FILE, path + ".mv.db", null, null, null)
						: new Database(Kind.OTHER, product, null, null, null);
			}
			if ("PostgreSQL".equals(product)) {
				Matcher address = POSTGRES_URL.matcher(url);
				boolean found = address.find();
				return new Database(Kind.POSTGRESQL, single(connection, "select current_database()"),
						found ? address.group(1) : "localhost",
						(found && address.group(2) != null) ? address.group(2) : "5432", meta.getUserName());
			}
			return new Database(Kind.OTHER, product, null, null, null);
		});
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	/**
	 * Copies the built-in database into a new zip file, readable only by this system
	 * user. Close the backup to delete the file.
	 * @throws IllegalStateException when the database is not H2 in a file
	 */
	public Backup create() throws IOException {
		if (database().kind() != Kind.H2_FILE) {
			throw new IllegalStateException("Only the built-in H2 database in a file is backed up by the app");
		}
		// A directory of our own (owner-only on POSIX systems): H2 creates the file
		// inside.
		Path directory = Files.createTempDirectory("serviceweek-backup-");
		String name = "serviceweek-backup-" + LocalDateTime.now(this.clock).format(FILE_DATE) + ".zip";
		Path file = directory.resolve(name);
		try {
			this.jdbc.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
		}
		catch (DataAccessException ex) {
			new Backup(directory, file, name).close();
			throw ex;
		}
		return new Backup(directory, file, name);
	}

	/** How an installation's database is backed up. */
	public enum Kind {

		/** The built-in database in a file: downloaded from the app. */
		H2_FILE,

		/** PostgreSQL: pg_dump and pg_restore, outside the app. */
		POSTGRESQL,

		/** Anything else (such as H2 in memory): the database's own tools. */
		OTHER

	}

	/**
	 * The database of this installation: for H2 its file, for PostgreSQL where it is
	 * (never the password).
	 */
	public record Database(Kind kind, String name, String host, String port, String user) {
	}

	/**
	 * One backup file, deleted when closed.
	 */
	public static final class Backup implements AutoCloseable {

		private final Path directory;

		private final Path file;

		private final String fileName;

		Backup(Path directory, Path file, String fileName) {
			this.directory = directory;
			this.file = file;
			this.fileName = fileName;
		}

		/**
		 * A dated name for the download, such as serviceweek-backup-2026-10-05-1730.zip.
		 */
		public String fileName() {
			return this.fileName;
		}

		public long size() throws IOException {
			return Files.size(this.file);
		}

		public void copyTo(OutputStream out) throws IOException {
			Files.copy(this.file, out);
		}

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(this.file);
			Files.deleteIfExists(this.directory);
		}

	}

}
