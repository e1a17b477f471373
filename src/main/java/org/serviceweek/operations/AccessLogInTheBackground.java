package org.serviceweek.operations;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the access log (one line per request) from a background thread: written by the
 * request's own thread, every request queued for the console's lock and a write to it,
 * which halved the throughput of the busiest pages (docs/performance.md). The lines go to
 * the same appenders as every other line (so in the same format, with the request id),
 * through a queue of {@value #QUEUE} lines; when the queue is full, as under a flood of
 * requests, access lines are dropped rather than make requests wait. Other log lines are
 * written as before.
 */
@Component
class AccessLogInTheBackground {

	static final int QUEUE = 8192;

	static final String NAME = "ACCESS_IN_THE_BACKGROUND";

	@EventListener(ApplicationStartedEvent.class)
	void start() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			return;
		}
		Logger access = context.getLogger(RequestLogging.ACCESS_LOGGER);
		if (access.getAppender(NAME) != null) {
			return;
		}
		List<Appender<ILoggingEvent>> targets = new ArrayList<>();
		for (Iterator<Appender<ILoggingEvent>> it = context.getLogger(Logger.ROOT_LOGGER_NAME)
			.iteratorForAppenders(); it.hasNext();) {
			targets.add(it.next());
		}
		if (targets.isEmpty()) {
			return;
		}
		AsyncAppender background = new AsyncAppender();
		background.setContext(context);
		background.setName(NAME);
		background.setQueueSize(QUEUE);
		background.setDiscardingThreshold(0);
		background.setNeverBlock(true);
		targets.forEach(background::addAppender);
		background.start();
		access.addAppender(background);
		access.setAdditive(false);
	}

}
