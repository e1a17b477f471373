package org.serviceweek;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as an operator runs it: its own port, its own
 * database, and a process that can be killed (SIGKILL) or asked to stop (SIGTERM). The
 * test's classes stay out of its class path, so it runs with the production configuration
 * only; every process is killed when the test JVM exits, whatever happened.
 */
public final class AppProcess implements AutoCloseable {

	/** Exit status of a JVM ended by SIGKILL (128 + 9). */
	public static final int KILLED = 137;

	/** Exit status of a JVM that shut down after SIGTERM (128 + 15). */
	public static final int TERMINATED = 143;

	private static final Set<Process> running = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> running.forEach(Process::destroyForcibly), "kill-app-processes"));
	}

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the app on the built-in H2 database in the given folder, with the database
	 * address the app ships with (WRITE_DELAY=0 and all).
	 */
	public static AppProcess startOnH2(Path dataDir) {
		return start(dataDir, Map.of("serviceweek.data-dir", dataDir.toString(), "spring.datasource.url",
				shippedProperty("spring.datasource.url")));
	}

	/**
	 * Starts the app with the given properties (as command-line arguments) and waits
	 * until it reports ready. Its log is written to app-*.log in the given folder.
	 */
	public static AppProcess start(Path folder, Map<String, String> properties) {
		return start(folder, properties, List.of());
	}

	/**
	 * Starts the app as {@link #start(Path, Map)} does, with more options for its JVM
	 * (such as {@code -Dspring.aot.enabled=true}).
	 */
	public static AppProcess start(Path folder, Map<String, String> properties, List<String> jvmOptions) {
		return launch(folder, properties, jvmOptions,
				List.of("-cp", applicationClassPath(), ServiceWeekApplication.class.getName()));
	}

	/**
	 * Starts the packaged jar ({@code java -jar}), as an operator does, with more options
	 * for its JVM; only once {@code ./mvnw package} has made it (integration tests).
	 */
	public static AppProcess startJar(Path jar, Path folder, Map<String, String> properties, List<String> jvmOptions) {
		return launch(folder, properties, jvmOptions, List.of("-jar", jar.toString()));
	}

	private static AppProcess launch(Path folder, Map<String, String> properties, List<String> jvmOptions,
			List<String> application) {
		int port = freePort();
		Path log = folder.resolve("app-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx512m", "-Djava.awt.headless=true"));
		command.addAll(jvmOptions);
		command.addAll(application);
		command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		Process process;
		try {
			Files.createDirectories(folder);
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.directory(folder.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		running.add(process);
		AppProcess app = new AppProcess(process, port, log);
		long started = System.nanoTime();
		try {
			app.awaitReady(Duration.ofSeconds(120));
			System.out.printf("App process %d ready on port %d after %d ms%n", process.pid(), port,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
		catch (RuntimeException | Error ex) {
			app.close();
			throw ex;
		}
		return app;
	}

	public int port() {
		return this.port;
	}

	public URI uri(String path) {
		try {
			return new URI("http://localhost:" + this.port + path);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Ends the process at once with SIGKILL (what {@link Process#destroyForcibly()} sends
	 * on Linux): no shutdown hook, no flush, no goodbye. Returns its exit status.
	 */
	public int kill() {
		this.process.destroyForcibly();
		return awaitExit(Duration.ofSeconds(30));
	}

	/**
	 * Sends SIGTERM (what {@link Process#destroy()} sends on Linux), as a process manager
	 * does to stop a service; does not wait.
	 */
	public void terminate() {
		this.process.destroy();
	}

	/** Waits for the process to end and returns its exit status. */
	public int awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("The app did not exit within " + timeout + "\n" + log());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		running.remove(this.process);
		return this.process.exitValue();
	}

	/** Everything the app printed so far. */
	public String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Whether a new request to the readiness probe is refused: no connection, or any
	 * answer but 200.
	 */
	public boolean refusesNewRequests() {
		return readinessOnANewConnection() != 200;
	}

	/**
	 * The status of the readiness probe, asked on a connection of its own (never one kept
	 * alive from before); -1 when no connection or no answer is had.
	 */
	public int readinessOnANewConnection() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", this.port), 2000);
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write(("GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost:" + this.port
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return (statusLine != null && statusLine.startsWith("HTTP/1.1 "))
					? Integer.parseInt(statusLine.substring(9, 12)) : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		running.remove(this.process);
	}

	private void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"The app exited with status " + this.process.exitValue() + " before it was ready\n" + log());
			}
			if (readinessOnANewConnection() == 200) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("The app was not ready within " + timeout + "\n" + log());
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The test JVM's class path without the test classes and resources: no test
	 * configuration, no test bean.
	 */
	private static String applicationClassPath() {
		String testClasses;
		try {
			testClasses = Path.of(AppProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isEmpty() && !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** A property as src/main/resources/application.properties ships it. */
	public static String shippedProperty(String name) {
		Properties properties = new Properties();
		try (InputStream in = ServiceWeekApplication.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String value = properties.getProperty(name);
		if (value == null) {
			throw new IllegalStateException(name + " is not in application.properties");
		}
		return value;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
