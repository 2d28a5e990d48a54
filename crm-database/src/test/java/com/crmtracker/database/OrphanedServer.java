package com.crmtracker.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTest}: starts a persistent
 * server, writes a row, says READY and waits to be killed with {@code kill -9}.
 */
public final class OrphanedServer {

	private OrphanedServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(DataDirectoryLock.take(Path.of(args[0])),
				0);
		try (Connection connection = DriverManager.getConnection(server.database("crm"), server.username(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (name text)");
			statement.execute("insert into survivor values ('written before the crash')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
