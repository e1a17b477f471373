package org.serviceweek.backup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.serviceweek.AppProcess;
import org.serviceweek.TestAccounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.browser.BrowserTestSupport;
import org.serviceweek.people.Person;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.NewShoutOut;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator downloads a backup of the built-in database (H2 in a file, as shipped)
 * from the Backup page while colleagues keep posting; restored as the README says (unzip
 * into a fresh data folder), it opens, matches the app's migrations and holds the data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "serviceweek.test.context=backup-journey")
@DirtiesContext
class BackupJourneyTests extends BrowserTestSupport {

	private static final Path FOLDER = temporaryFolder();

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	org.serviceweek.operations.AuditLog auditLog;

	@Autowired
	ShoutOuts shoutOuts;

	@Autowired
	CompanyValues values;

	@DynamicPropertySource
	static void databaseInAFile(DynamicPropertyRegistry registry) {
		registry.add("serviceweek.data-dir", () -> FOLDER.resolve("data").toString());
		registry.add("spring.datasource.url", () -> AppProcess.shippedProperty("spring.datasource.url"));
	}

	@Test
	void anAdministratorDownloadsABackupThatRestoresIntoAFreshDataFolder() throws Exception {
		SignedInAccount admin = this.testAccounts.signedIn(Role.ADMIN);
		Person author = this.testAccounts.person("Backup Author");
		Person hero = this.testAccounts.person("Backup Hero");
		long value = this.values.add("Safe keeping", null).getId();
		List<String> before = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			before.add(post(author, hero, value, "Saved before the backup " + i));
		}
		Set<String> temporaryBefore = backupFolders();

		signIn(admin.getUsername(), TestAccounts.PASSWORD);
		nav("Backup").click();
		PlaywrightAssertions.assertThat(this.page.getByText("The database file: ")).isVisible();
		assertAccessible("backup");
		screenshot("backup");

		// Colleagues keep posting while the backup is made.
		Set<String> during = ConcurrentHashMap.newKeySet();
		AtomicBoolean stop = new AtomicBoolean();
		Thread colleague = new Thread(() -> {
			for (int i = 0; !stop.get() && i < 10_000; i++) {
				during.add(post(author, hero, value, "Saved during the backup " + i));
			}
		});
		colleague.start();
		Download download;
		try {
			download = this.page.waitForDownload(() -> button("Download a backup").click());
		}
		finally {
			stop.set(true);
			colleague.join();
		}

		assertThat(download.failure()).isNull();
		assertThat(during).as("shout-outs posted while the backup was made").isNotEmpty();
		assertThat(download.suggestedFilename()).matches("serviceweek-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");
		Path zip = FOLDER.resolve(download.suggestedFilename());
		download.saveAs(zip);
		// A backup is an export of everything: the audit log says who took it and when.
		assertThat(this.auditLog.search(new org.serviceweek.operations.AuditLog.Search(
				org.serviceweek.shared.Audited.Action.EXPORTED, download.suggestedFilename(), null, null), 0))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getActor()).isNotNull());

		// Restore as the README says: unzip into a fresh data folder.
		Path restored = Files.createDirectories(FOLDER.resolve("restored"));
		assertThat(unzip(zip, restored)).containsExactly("serviceweek.mv.db");
		String url = "jdbc:h2:file:" + restored.resolve("serviceweek").toAbsolutePath() + ";WRITE_DELAY=0";
		assertThat(
				Flyway.configure().dataSource(url, "serviceweek", "").load().validateWithResult().validationSuccessful)
			.as("the restored database matches the app's migrations")
			.isTrue();
		try (Connection connection = DriverManager.getConnection(url, "serviceweek", "")) {
			List<String> messages = messages(connection);
			assertThat(messages).containsAll(before);
			assertThat(during).containsAll(messages.stream().filter((m) -> m.contains("during")).toList());
			// One moment's copy: every shout-out in it has its recipient with it.
			assertThat(count(connection,
					"select count(*) from shout_out s where not exists (select 1 from shout_out_recipient r where r.shout_out_id = s.id)"))
				.isZero();
		}
		// The temporary copy is gone once the download is done.
		long deadline = System.currentTimeMillis() + 5_000;
		while (!backupFolders().equals(temporaryBefore) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(backupFolders()).isEqualTo(temporaryBefore);
	}

	private String post(Person author, Person hero, long value, String message) {
		this.shoutOuts.post(author.getId(), new NewShoutOut(List.of(hero.getId()), null, value, message, false, null));
		return message;
	}

	private static List<String> messages(Connection connection) throws Exception {
		List<String> messages = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("select message from shout_out");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				messages.add(rows.getString(1));
			}
		}
		return messages;
	}

	private static long count(Connection connection, String sql) throws Exception {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> unzip(Path zip, Path folder) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				Files.copy(in, folder.resolve(entry.getName()));
			}
		}
		return names;
	}

	private static Set<String> backupFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith("serviceweek-backup-"))
				.collect(Collectors.toSet());
		}
	}

	/**
	 * A folder under target/ (left from the last run until then): the database stays open
	 * until the test context closes, after every method of this class.
	 */
	private static Path temporaryFolder() {
		Path folder = Path.of("target", "backup-journey").toAbsolutePath();
		try {
			if (Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
				}
			}
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
