package org.serviceweek.demo;

import org.springframework.context.EnvironmentAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

/**
 * Sample data that is written before the web server takes requests (a lower phase than
 * the server's), so that nobody can reach the setup page of a half-filled database and
 * make themselves administrator.
 * <p>
 * The bean always exists and fills only when its profile is active, checked at start
 * rather than with {@code @Profile}: a jar started from its ahead-of-time bean
 * definitions has the beans that the build's profiles chose (ADR 024).
 */
abstract class FillsBeforeTheServer implements SmartLifecycle, EnvironmentAware {

	private final String profile;

	private Environment environment;

	private volatile boolean running;

	FillsBeforeTheServer(String profile) {
		this.profile = profile;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	/** Only with the profile active. */
	@Override
	public boolean isAutoStartup() {
		return this.environment.matchesProfiles(this.profile);
	}

	@Override
	public void start() {
		if (!isAutoStartup()) {
			// context.start() starts every lifecycle bean, auto-startup or not.
			return;
		}
		run();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return 0;
	}

	/** Fills the database, or says in the log why not. */
	abstract void run();

}
