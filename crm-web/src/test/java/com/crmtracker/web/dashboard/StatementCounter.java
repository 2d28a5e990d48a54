package com.crmtracker.web.dashboard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application prepares, to show a page's count does not
 * grow, and keeps their text, to show none is prepared twice.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

	static final AtomicInteger statements = new AtomicInteger();

	/** The text of each statement prepared since the last {@link #reset}. */
	static final List<String> sql = new CopyOnWriteArrayList<>();

	static void reset() {
		statements.set(0);
		sql.clear();
	}

	static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						return result instanceof Connection connection ? counting(connection) : result;
					});
		}
		return bean;
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (PREPARING.contains(method.getName())) {
						statements.incrementAndGet();
						sql.add(args != null && args.length > 0 && args[0] instanceof String text ? text : "");
					}
					return invoke(connection, method, args);
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
