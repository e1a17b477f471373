package org.serviceweek.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a small piece of JDBC work (a counter) that may fail on its own without failing
 * the caller: inside the caller's transaction behind a savepoint, or in a transaction of
 * its own when there is none. It never takes a second connection while the caller holds
 * one. Doing so (a {@code REQUIRES_NEW} transaction) made as many requests at once as the
 * pool has connections wait for each other until the pool's timeout, 30 s.
 * <p>
 * Spring's {@code PROPAGATION_NESTED} would say the same, but the JPA transaction manager
 * with Hibernate does not offer savepoints, so they are set on the transaction's JDBC
 * connection here. The work must use that connection (a {@code JdbcTemplate}), not the
 * entity manager. What it wrote is kept only if the caller's transaction commits.
 */
@Component
public class SavepointInCallersTransaction {

	private final DataSource dataSource;

	private final TransactionTemplate ownTransaction;

	SavepointInCallersTransaction(DataSource dataSource, PlatformTransactionManager transactions) {
		this.dataSource = dataSource;
		this.ownTransaction = new TransactionTemplate(transactions);
	}

	public <T> T run(Supplier<T> work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.ownTransaction.execute((status) -> work.get());
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = savepoint(connection);
			T result;
			try {
				result = work.get();
			}
			catch (RuntimeException | Error ex) {
				rollBack(connection, savepoint);
				throw ex;
			}
			release(connection, savepoint);
			return result;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static Savepoint savepoint(Connection connection) {
		try {
			return connection.setSavepoint();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not set a savepoint", ex);
		}
	}

	private static void rollBack(Connection connection, Savepoint savepoint) {
		try {
			connection.rollback(savepoint);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not roll back to a savepoint", ex);
		}
	}

	private static void release(Connection connection, Savepoint savepoint) {
		try {
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not release a savepoint", ex);
		}
	}

}
