package com.crmtracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one running application on a data directory, held for the life of the JVM
 * (or until closed). It is taken before anything in the directory is touched, so a second
 * instance started on the same directory refuses to start and leaves the first one's
 * database alone.
 * <p>
 * The lock file lies beside the data directory ({@code data/postgres.lock} for
 * {@code data/postgres}), not inside it: on a first start PostgreSQL's {@code initdb}
 * needs an empty directory, and the claim must come before {@code initdb}. The operating
 * system drops the lock when the process ends, however it ends, so a stale lock file
 * never blocks a start. Earlier versions of the application held only the embedded
 * server's own lock file inside the directory; that one is honoured too.
 */
public final class DataDirectoryLock implements AutoCloseable {

	/** The lock file the embedded server itself keeps inside its data directory. */
	private static final String SERVER_LOCK = "epg-lock";

	private final Path directory;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
		this.directory = directory;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Claims the data directory for this process.
	 * @throws DataDirectoryInUse when another running instance holds it
	 */
	public static DataDirectoryLock take(Path dataDirectory) {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		Path lockFile = lockFileOf(dir);
		try {
			Files.createDirectories(lockFile.getParent());
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = holderOf(lockFile);
				channel.close();
				throw new DataDirectoryInUse(dir, holder);
			}
			if (heldByEarlierVersion(dir.resolve(SERVER_LOCK))) {
				lock.release();
				channel.close();
				throw new DataDirectoryInUse(dir, "");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			return new DataDirectoryLock(dir, channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock the data directory " + dir + " (" + lockFile + ")", ex);
		}
	}

	static Path lockFileOf(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
	}

	/** The claimed data directory, absolute. */
	public Path directory() {
		return this.directory;
	}

	@Override
	public void close() {
		try {
			if (this.lock.isValid()) {
				this.lock.release();
			}
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not release the lock of " + this.directory, ex);
		}
	}

	/** Null when another process, or another claim in this JVM, holds the lock. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static boolean heldByEarlierVersion(Path serverLock) throws IOException {
		if (!Files.exists(serverLock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(serverLock, StandardOpenOption.WRITE)) {
			FileLock probe = tryLock(channel);
			if (probe == null) {
				return true;
			}
			probe.release();
			return false;
		}
	}

	private static String holderOf(Path lockFile) {
		try {
			return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	/** Another running instance of the application uses the data directory. */
	public static final class DataDirectoryInUse extends IllegalStateException {

		DataDirectoryInUse(Path directory, String holderPid) {
			super("The data directory " + directory + " is in use by another running instance of the application"
					+ (holderPid.matches("\\d+") ? " (process " + holderPid + ")" : "")
					+ ". Stop that instance first, or start this one with another crm.data-dir.");
		}

	}

}
