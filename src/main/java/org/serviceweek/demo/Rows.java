package org.serviceweek.demo;

/**
 * Where the large data set's rows go: the database in batches, or (in tests) a digest.
 */
interface Rows {

	/** One row of the table, its values in the table's column order. */
	void add(Table table, Object... values);

	/** Everything so far belongs together: a good moment to commit. */
	default void endOfPart() {
	}

}
