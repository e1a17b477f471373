package org.serviceweek.account;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets two requests of one session add the same attribute at the same moment (two forms
 * sent at once from two tabs, a double click: each redirect stores its flash message).
 * Spring Session inserts a new attribute's row, and the second insert failed on the
 * primary key, which answered the second request with an error page; the load tests found
 * it (docs/performance.md). Both databases are told to write the row whether it is there
 * already or not: PostgreSQL with Spring Session's own customizer, H2 with {@code MERGE}.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	static final String H2 = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	private final DataSource dataSource;

	SessionAttributeUpserts(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository sessions) {
		String database = databaseName();
		if ("PostgreSQL".equalsIgnoreCase(database)) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
		}
		else if ("H2".equalsIgnoreCase(database)) {
			sessions.setCreateSessionAttributeQuery(H2);
		}
	}

	private String databaseName() {
		try {
			return JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}
