package org.serviceweek.demo;

import org.springframework.context.SmartLifecycle;

/**
 * Sample data that is written before the web server takes requests (a lower phase than
 * the server's), so that nobody can reach the setup page of a half-filled database and
 * make themselves administrator.
 */
abstract class FillsBeforeTheServer implements SmartLifecycle {

	private volatile boolean running;

	@Override
	public void start() {
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
