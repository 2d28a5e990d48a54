package com.crmtracker.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

	@TempDir
	Path dir;

	@Test
	void aServerOrphanedByAKilledApplicationIsStoppedAndItsDataSurvives() throws Exception {
		Path data = this.dir.resolve("postgres");
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanedServer.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(awaitReady(app)).as("the first application started its server").isTrue();
		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid);
		assertThat(orphan).as("kill -9 leaves PostgreSQL running").isPresent();
		assertThat(orphan.get().isAlive()).isTrue();

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startPersistent(data, 0);
				Connection connection = DriverManager.getConnection(restarted.database("crm"), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name, current_setting('fsync') from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the crash");
			assertThat(rows.getString(2)).as("a persistent server writes durably").isEqualTo("on");
		}
		assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
	}

	@Test
	void aLockFileOfAnotherProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
		Files.createDirectories(this.dir);
		// our own JVM: alive, but no PostgreSQL of this directory
		Files.writeString(this.dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + this.dir + "\n");

		EmbeddedPostgresServer.stopOrphanOf(this.dir);

		assertThat(this.dir.resolve("postmaster.pid")).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	private static boolean awaitReady(Process process) throws Exception {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.contains("READY")) {
					return true;
				}
			}
		}
		return false;
	}

}
