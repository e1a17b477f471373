package org.serviceweek.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Writes rows in JDBC batches of 5,000 and commits after each round of batches. A table's
 * batch goes out only after the batches of the tables before it, so that every row finds
 * its parents.
 * <p>
 * Why not one transaction per part: H2 (MVStore) keeps every uncommitted change in an
 * undo log and walks it again at commit, so a transaction of a few hundred thousand rows
 * took three times as long as commits every few thousand rows.
 */
final class JdbcRows implements Rows {

	static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	private final Map<Table, List<Object[]>> pending = new EnumMap<>(Table.class);

	private final Map<Table, Long> counts = new EnumMap<>(Table.class);

	private final Map<Table, Long> lastIds = new EnumMap<>(Table.class);

	JdbcRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		for (Table table : Table.values()) {
			this.pending.put(table, new ArrayList<>(BATCH));
		}
	}

	@Override
	public void add(Table table, Object... values) {
		List<Object[]> batch = this.pending.get(table);
		batch.add(values);
		this.counts.merge(table, 1L, Long::sum);
		if (table.identity()) {
			this.lastIds.merge(table, (Long) values[0], Math::max);
		}
		if (batch.size() >= BATCH) {
			flushUpTo(table);
		}
	}

	@Override
	public void endOfPart() {
		flushUpTo(null);
	}

	/**
	 * Writes what is left and lets each table's identity continue after the ids the plan
	 * gave.
	 */
	void finish() {
		endOfPart();
		this.lastIds.forEach((table, last) -> this.jdbc
			.execute("alter table " + table.tableName() + " alter column id restart with " + (last + 1)));
	}

	/** Rows written per table. */
	Map<Table, Long> counts() {
		return this.counts;
	}

	/** Writes the batches of the tables up to this one (all when {@code null}). */
	private void flushUpTo(Table last) {
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			for (Table table : Table.values()) {
				List<Object[]> batch = this.pending.get(table);
				if (!batch.isEmpty()) {
					this.jdbc.batchUpdate(table.sql(), batch, table.types());
					batch.clear();
				}
				if (table == last) {
					break;
				}
			}
		}
		catch (RuntimeException ex) {
			this.transactions.rollback(transaction);
			throw ex;
		}
		this.transactions.commit(transaction);
	}

}
