package org.serviceweek.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's plan of a statement (captured with {@link StatementCounting}), to check that a
 * query reads through the index meant for it rather than a whole table. PostgreSQL plans
 * its own way, so these checks run on H2 only.
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	/** Skips the calling test unless the database is H2. */
	public static void assumeH2(JdbcTemplate jdbc) {
		Boolean h2 = jdbc
			.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName().equals("H2"));
		Assumptions.assumeTrue(Boolean.TRUE.equals(h2), "H2's plan (PostgreSQL plans its own)");
	}

	/**
	 * The plan of {@code sql}, with {@code parameter} given to each of its parameters.
	 */
	public static String explain(JdbcTemplate jdbc, String sql, Object parameter) {
		return jdbc.execute("explain " + sql, (PreparedStatement statement) -> {
			for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
				statement.setObject(i, parameter);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		});
	}

}
