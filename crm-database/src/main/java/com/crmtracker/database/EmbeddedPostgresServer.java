package com.crmtracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started by the application itself, for a machine with nothing but a
 * JDK. It listens on 127.0.0.1 only and asks every connection for the password kept in
 * its data directory ({@link DatabasePassword}, scram-sha-256); a data directory of an
 * earlier version (any local connection trusted) is upgraded at its first start. The
 * server runs detached from the JVM, so after a {@code kill -9} of the application it
 * keeps running and holds the data directory: such an orphan is stopped before the next
 * start, and only by the process that holds the {@link DataDirectoryLock}, so a live
 * instance's server is never taken for one.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final String SUPERUSER = "postgres";

	/** The first line of the client authentication file this class writes. */
	static final String HBA_MARKER = "# crm-tracker: a password (scram-sha-256) for every connection, local ones only";

	private static final String HBA = HBA_MARKER + "\n" + "local all all scram-sha-256\n"
			+ "host all all 127.0.0.1/32 scram-sha-256\n" + "host all all ::1/128 scram-sha-256\n";

	private final DataDirectoryLock lock;

	private final boolean durable;

	private final String password;

	private volatile Path directory;

	private volatile int port;

	private volatile EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(DataDirectoryLock lock, Path directory, boolean durable, String password, int port) {
		this.lock = lock;
		this.directory = directory;
		this.durable = durable;
		this.password = password;
		this.port = port;
	}

	/**
	 * Starts (or, on later runs, restarts) a server whose data survives in the claimed
	 * directory. The server stops, and the claim ends, on {@link #close()}.
	 */
	public static EmbeddedPostgresServer startPersistent(DataDirectoryLock lock, int port) {
		Path dir = lock.directory();
		try {
			Files.createDirectories(dir);
			stopOrphanOf(dir);
			String password = DatabasePassword.readFrom(dir);
			if (password == null && requiresPassword(dir)) {
				throw new IllegalStateException("The database password file " + DatabasePassword.fileIn(dir)
						+ " is missing; restore it from a backup of the data directory");
			}
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, dir, true,
					password != null ? password : DatabasePassword.generate(), port);
			log.info("Starting embedded PostgreSQL with data directory {}", dir);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/**
	 * Starts a server on a fresh temporary directory that is deleted when it stops; fast
	 * (no durable commits), otherwise secured like a persistent one.
	 */
	public static EmbeddedPostgresServer startThrowaway() {
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(null, null, false, DatabasePassword.generate(), 0);
		server.start();
		return server;
	}

	/**
	 * Starts the server (again, after {@link #stop()}) on the same port, so pools that
	 * know its address reconnect by themselves.
	 */
	public synchronized void start() {
		if (this.postgres != null) {
			return;
		}
		AtomicReference<Path> createdIn = new AtomicReference<>(this.directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", this.password)
			// written after initdb (which needs an empty directory), before the server
			// starts
			.setDataDirectoryCustomizer(dir -> {
				createdIn.set(dir.toPath().toAbsolutePath());
				if (DatabasePassword.readFrom(dir.toPath()) == null) {
					DatabasePassword.writeTo(dir.toPath(), this.password);
				}
			});
		if (this.durable) {
			builder.setDataDirectory(this.directory)
				.setCleanDataDirectory(false)
				// the library starts PostgreSQL for throw-away tests; real data wants
				// durable commits
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
		}
		else {
			builder.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off");
		}
		if (this.port > 0) {
			builder.setPort(this.port);
		}
		try {
			EmbeddedPostgres started = builder.start();
			this.directory = createdIn.get();
			this.port = started.getPort();
			this.postgres = started;
			requirePasswords(started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not start the embedded PostgreSQL" + (this.directory != null ? " in " + this.directory : ""),
					ex);
		}
	}

	/**
	 * Stops the server (fast shutdown: open transactions roll back, committed data stays)
	 * and keeps the data directory claimed; {@link #start()} starts it again.
	 */
	public synchronized void stop() {
		EmbeddedPostgres running = this.postgres;
		this.postgres = null;
		if (running != null) {
			try {
				running.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}
	}

	/**
	 * Sets the superuser's password and, unless this class wrote it, replaces the client
	 * authentication file by one that asks every connection for it: a fresh directory and
	 * one of an earlier version (trust for every local connection) end up the same.
	 */
	private void requirePasswords(EmbeddedPostgres server) throws IOException {
		Path hba = this.directory.resolve("pg_hba.conf");
		if (requiresPassword(this.directory)) {
			return;
		}
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!DatabasePassword.isPlain(this.password)) {
				throw new IllegalStateException("Not a generated password");
			}
			statement.execute("set password_encryption = 'scram-sha-256'");
			// a generated password of letters, digits, - and _ (checked above): ALTER
			// ROLE takes no bind parameters
			statement.execute("alter role " + SUPERUSER + " with password '" + this.password + "'");
			Files.writeString(hba, HBA, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", ex);
		}
		awaitPasswordRequired();
		log.info("The embedded PostgreSQL now asks for the password in {}", DatabasePassword.fileIn(this.directory));
	}

	/**
	 * The reload is a signal: wait until a connection without the password is refused.
	 */
	private void awaitPasswordRequired() {
		for (int i = 0; i < 50; i++) {
			try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
				sleep();
			}
			catch (SQLException refused) {
				return;
			}
		}
		throw new IllegalStateException("The embedded PostgreSQL still accepts connections without a password");
	}

	private static boolean requiresPassword(Path dataDirectory) throws IOException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
	}

	/** Creates the database unless it exists, and answers its JDBC URL. */
	public String database(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		DataSource admin = running().getPostgresDatabase();
		try (Connection connection = admin.getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = connection.createStatement()) {
						// a validated identifier: CREATE DATABASE takes no bind
						// parameters
						create.execute("create database " + name + " encoding 'UTF8' template template0");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return jdbcUrl(name);
	}

	/**
	 * Replaces a database nobody is connected to by a copy of a template nobody is
	 * connected to; false (and the database, empty, still there) when either is in use.
	 */
	public boolean recreateFrom(String name, String template) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}") || !template.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name + ", " + template);
		}
		DataSource admin = running().getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			// validated identifiers: DROP and CREATE DATABASE take no bind parameters
			statement.execute("drop database if exists " + name);
			try {
				statement.execute("create database " + name + " template " + template);
				return true;
			}
			catch (SQLException busy) {
				log.debug("Could not copy {} into {}", template, name, busy);
			}
		}
		catch (SQLException inUse) {
			log.debug("Could not replace {}", name, inUse);
		}
		database(name);
		return false;
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** The user the application signs in as. */
	public String username() {
		return SUPERUSER;
	}

	/** The password the server asks for. */
	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	/** The data directory, absolute. */
	public Path directory() {
		return this.directory;
	}

	private EmbeddedPostgres running() {
		EmbeddedPostgres running = this.postgres;
		if (running == null) {
			throw new IllegalStateException("The embedded PostgreSQL is stopped");
		}
		return running;
	}

	/** Stops the server and ends the claim on its data directory. */
	@Override
	public void close() {
		stop();
		if (this.lock != null) {
			this.lock.close();
		}
	}

	/**
	 * Stops a server left running on this data directory by an application that died
	 * without stopping it. Called only with the directory's {@link DataDirectoryLock}
	 * held, so no live instance owns that server. A process of another data directory, or
	 * one that is no PostgreSQL, is left alone; a stale lock file of a dead process is
	 * removed.
	 */
	static void stopOrphanOf(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = postmasterOf(pidFile).filter(p -> servesDirectory(p, dataDirectory));
		if (orphan.isEmpty()) {
			log.info("Removing stale {}", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping orphaned PostgreSQL (pid {}) of data directory {}", process.pid(), dataDirectory);
		// SIGTERM: the server finishes its work, writes a checkpoint and exits
		process.destroy();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
		for (int i = 0; i < 100 && Files.exists(pidFile) && process.isAlive(); i++) {
			sleep();
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
		String commandLine = process.info().commandLine().orElse("");
		if (commandLine.isEmpty()) {
			commandLine = readProcCommandLine(process.pid());
		}
		return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
	}

	private static String readProcCommandLine(long pid) {
		try {
			byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
			return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
