package org.serviceweek.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keeps sessions in the database as Spring Session JDBC does, but writes a session's last
 * access back at most once per {@code interval} instead of after every request.
 * <p>
 * Spring Session marks a session changed on every request because its last access moved,
 * and saves it with an update and a commit: a signed-in page cost a database write even
 * when nothing else changed (docs/performance.md, findings 28 and 31). Here a session
 * read from the database keeps its stored last access until {@code interval} has passed
 * since it; changes to its attributes, its id or its lifetime are still written when the
 * request ends, as before. A session created by the request is written in full.
 * <p>
 * The cost: an idle session expires up to {@code interval} sooner than the last request
 * alone would say (a minute of an 8-hour timeout by default, never more than half the
 * timeout). {@code Duration.ZERO} writes every access, as Spring Session does on its own.
 * <p>
 * Spring registers the wrapped repository's own destruction (which stops its cleanup of
 * expired sessions) on the repository itself, before this wrapper replaces it.
 */
final class LastAccessThrottle<S extends Session>
		implements FindByIndexNameSessionRepository<LastAccessThrottle.ThrottledSession<S>> {

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration interval;

	private LastAccessThrottle(FindByIndexNameSessionRepository<S> sessions, Duration interval) {
		if (interval.isNegative()) {
			throw new IllegalArgumentException(
					"serviceweek.sessions.last-access-interval must not be negative, was " + interval);
		}
		this.sessions = sessions;
		this.interval = interval;
	}

	static <S extends Session> LastAccessThrottle<S> around(FindByIndexNameSessionRepository<S> sessions,
			Duration interval) {
		return new LastAccessThrottle<>(sessions, interval);
	}

	@Override
	public ThrottledSession<S> createSession() {
		return new ThrottledSession<>(this.sessions.createSession(), Duration.ZERO);
	}

	@Override
	public void save(ThrottledSession<S> session) {
		this.sessions.save(session.stored);
	}

	@Override
	public ThrottledSession<S> findById(String id) {
		S found = this.sessions.findById(id);
		return (found != null) ? new ThrottledSession<>(found, this.interval) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, ThrottledSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new ThrottledSession<>(session, this.interval)));
		return found;
	}

	/**
	 * A session whose last access is passed on to the stored one only once
	 * {@code interval} has gone by since the stored one.
	 */
	static final class ThrottledSession<S extends Session> implements Session {

		private final S stored;

		private final Duration interval;

		ThrottledSession(S stored, Duration interval) {
			this.stored = stored;
			this.interval = interval;
		}

		/**
		 * Passes the access on once the interval has gone by since the stored one, or
		 * half the session's timeout if that is shorter, so that a session in use never
		 * expires.
		 */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration since = Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime);
			Duration halfTheTimeout = this.stored.getMaxInactiveInterval().dividedBy(2);
			if (since.compareTo(min(this.interval, halfTheTimeout)) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		private static Duration min(Duration a, Duration b) {
			return (a.compareTo(b) <= 0) ? a : b;
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
