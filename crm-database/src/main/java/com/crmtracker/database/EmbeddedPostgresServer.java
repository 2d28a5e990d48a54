package com.crmtracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started by the application itself, for a machine with nothing but a
 * JDK. The server runs detached from the JVM, so after a {@code kill -9} of the
 * application it keeps running and holds the data directory: such an orphan of our own
 * data directory (and only that one) is stopped before the next start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts (or, on later runs, restarts) a server whose data survives in the directory.
	 */
	public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
			stopOrphanOf(dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				// the library starts PostgreSQL for throw-away tests; real data wants
				// durable commits
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("encoding", "UTF8");
			if (port > 0) {
				builder.setPort(port);
			}
			log.info("Starting embedded PostgreSQL with data directory {}", dir);
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/** Starts a server on a fresh temporary directory that is deleted when it stops. */
	public static EmbeddedPostgresServer startThrowaway() {
		try {
			return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL", ex);
		}
	}

	/** Creates the database unless it exists, and answers its JDBC URL. */
	public String database(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		DataSource admin = this.postgres.getPostgresDatabase();
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
		return this.postgres.getJdbcUrl("postgres", name);
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	/**
	 * Stops a server left running on this data directory by an application that died
	 * without stopping it. A process of another data directory, or one that is no
	 * PostgreSQL, is left alone; a stale lock file of a dead process is removed.
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
