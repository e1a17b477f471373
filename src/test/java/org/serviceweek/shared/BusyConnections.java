package org.serviceweek.shared;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs work while every pooled database connection but one is busy, as when as many
 * requests arrive at once as the pool has connections. Work that holds a connection and
 * asks for a second one then waits until the pool gives up; this fails it after a few
 * seconds instead.
 */
public final class BusyConnections {

	private BusyConnections() {
	}

	public static <T> T withOneFreeConnection(DataSource dataSource, Callable<T> work) throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> taken = new ArrayList<>();
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
				taken.add(pool.getConnection());
			}
			return thread.submit(work).get(10, TimeUnit.SECONDS);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
			thread.shutdownNow();
		}
	}

}
