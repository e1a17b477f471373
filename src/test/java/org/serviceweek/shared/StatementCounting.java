package org.serviceweek.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, to prove that a request touches
 * the database a bounded number of times (or not at all). Import it into a test:
 * {@code @Import(StatementCounting.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	/** Starts counting again on this thread. */
	public static void reset() {
		COUNT.get().set(0);
		STATEMENTS.get().clear();
	}

	/** Statements prepared on this thread since the last reset. */
	public static int count() {
		return COUNT.get().get();
	}

	/**
	 * The SQL of the statements prepared on this thread since the last reset, in order.
	 */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS.get());
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? counting(dataSource) : bean;
			}
		};
	}

	private static DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (STATEMENT_METHODS.contains(method.getName())) {
						COUNT.get().incrementAndGet();
						STATEMENTS.get().add((args != null && args[0] instanceof String sql) ? sql : "");
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
