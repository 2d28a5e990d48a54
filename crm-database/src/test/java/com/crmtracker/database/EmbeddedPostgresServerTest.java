package com.crmtracker.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

	@TempDir
	Path dir;

	@Test
	void aSecondInstanceIsRefusedWhileTheFirstRunsAndAServerOrphanedByAKilledOneIsStopped() throws Exception {
		Path data = this.dir.resolve("postgres");
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanedServer.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(awaitReady(app)).as("the first application started its server").isTrue();

		assertThatThrownBy(() -> DataDirectoryLock.take(data)).isInstanceOf(DataDirectoryLock.DataDirectoryInUse.class)
			.hasMessageContaining(
					"is in use by another running instance of the application (process " + app.pid() + ")")
			.hasMessageContaining("crm.data-dir");
		List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
		String password = Files.readString(data.resolve(DatabasePassword.FILE_NAME)).trim();
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/crm", "postgres", password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from survivor")) {
			assertThat(rows.next()).as("the running instance's database still answers").isTrue();
		}

		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(pid.get(0).trim()));
		assertThat(orphan).as("kill -9 leaves PostgreSQL running").isPresent();
		assertThat(orphan.get().isAlive()).isTrue();

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startPersistent(DataDirectoryLock.take(data), 0);
				Connection connection = connect(restarted, restarted.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name, current_setting('fsync') from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the crash");
			assertThat(rows.getString(2)).as("a persistent server writes durably").isEqualTo("on");
		}
		assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
	}

	@Test
	void aFreshDataDirectoryGetsAPasswordOnlyItsOwnerCanRead() throws Exception {
		Path data = this.dir.resolve("fresh");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(DataDirectoryLock.take(data), 0)) {
			Path file = data.resolve(DatabasePassword.FILE_NAME);
			assertThat(Files.readString(file).trim()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

			assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(server, "wrong-password")).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			try (Connection connection = connect(server, server.password());
					Statement statement = connection.createStatement();
					ResultSet settings = statement.executeQuery(
							"select current_setting('listen_addresses'), " + "current_setting('password_encryption'), "
									+ "(select rolpassword from pg_authid where rolname = 'postgres')")) {
				assertThat(settings.next()).isTrue();
				assertThat(settings.getString(1)).isEqualTo("127.0.0.1");
				assertThat(settings.getString(2)).isEqualTo("scram-sha-256");
				assertThat(settings.getString(3)).startsWith("SCRAM-SHA-256$");
			}
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(DataDirectoryLock.take(data), 0)) {
			assertThat(again.password()).as("the password is kept across restarts")
				.isEqualTo(Files.readString(data.resolve(DatabasePassword.FILE_NAME)).trim());
			connect(again, again.password()).close();
			assertThatThrownBy(() -> connect(again, "")).isInstanceOf(SQLException.class);
		}
	}

	@Test
	void aDataDirectoryOfAnEarlierVersionWithoutPasswordIsUpgradedAndKeepsItsData() throws Exception {
		Path data = this.dir.resolve("earlier");
		// what earlier versions made: every local connection trusted, no password file
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start();
				Connection connection = earlier.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (name text)");
			statement.execute("insert into survivor values ('written by an earlier version')");
		}
		assertThat(data.resolve(DatabasePassword.FILE_NAME)).doesNotExist();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(DataDirectoryLock.take(data), 0)) {
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(data.resolve(DatabasePassword.FILE_NAME))))
				.isEqualTo("rw-------");
			assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
			try (Connection connection = DriverManager.getConnection(
					"jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "postgres", server.password());
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select name from survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("written by an earlier version");
			}
		}
	}

	@Test
	void aThrowawayServerAsksForItsPasswordToo() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startThrowaway()) {
			assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
			connect(server, server.password()).close();
		}
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

	private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
		return DriverManager.getConnection(server.database("crm"), server.username(), password);
	}

	private static boolean awaitReady(Process process) throws Exception {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (line.contains("READY")) {
				return true;
			}
		}
		return false;
	}

}
