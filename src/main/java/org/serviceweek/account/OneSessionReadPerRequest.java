package org.serviceweek.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Within one request, a session this request has just saved is not read back from the
 * database.
 * <p>
 * Spring Session saves the session twice when a response is sent early (a redirect, or a
 * page flushed while it is rendered): once then and once when the request ends. Before
 * the second save it looks the session up again by the id in the cookie, which was a
 * second query, in a transaction of its own, on every signed-in page
 * (docs/performance.md, finding 33). Here that lookup returns the session saved moments
 * before in the same request. What a request has saved is forgotten when it ends
 * ({@link #scope()}, a filter around Spring Session's), so the next request reads the
 * database as before and sees what other requests and instances changed in between.
 */
final class OneSessionReadPerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<Map<String, Session>> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	private OneSessionReadPerRequest(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static <S extends Session> OneSessionReadPerRequest<S> around(FindByIndexNameSessionRepository<S> sessions) {
		return new OneSessionReadPerRequest<>(sessions);
	}

	/**
	 * The filter that keeps what a request saved for that request only; it must run
	 * around Spring Session's filter.
	 */
	static Filter scope() {
		return new Scope();
	}

	@Override
	public S createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(S session) {
		this.sessions.save(session);
		Map<String, Session> saved = SAVED.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	/**
	 * The session this request saved under this id, if it still has the id (it changes at
	 * sign-in), else the one in the database.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Map<String, Session> saved = SAVED.get();
		Session justSaved = (saved != null) ? saved.get(id) : null;
		return (justSaved != null && id.equals(justSaved.getId())) ? (S) justSaved : this.sessions.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> saved = SAVED.get();
		if (saved != null) {
			saved.values().removeIf((session) -> id.equals(session.getId()));
			saved.remove(id);
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/**
	 * Opens the request's memory of saved sessions and forgets it when the request ends.
	 */
	private static final class Scope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (SAVED.get() != null) {
				// A nested dispatch (an error page) of a request already in scope.
				chain.doFilter(request, response);
				return;
			}
			SAVED.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.remove();
			}
		}

	}

}
