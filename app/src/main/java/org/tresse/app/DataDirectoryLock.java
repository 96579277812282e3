package org.tresse.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One Tresse per data directory: a second {@code tresse run} on the same directory is refused
 * at once with a clear message, instead of corrupting the database or hanging.
 */
public final class DataDirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The directory of an H2 file database ({@code jdbc:h2:file:./data/tresse} gives {@code ./data}). */
    public static Optional<Path> directoryOf(String jdbcUrl) {
        String prefix = jdbcUrl.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : null;
        if (prefix == null && jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:")
                && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            prefix = "jdbc:h2:";
        }
        if (prefix == null) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(prefix.length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        // an H2 file system prefix (nio:, async:, split:...) before an absolute path
        path = path.replaceFirst("^[a-zA-Z][a-zA-Z0-9]+:(?=/)", "");
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /**
     * What is wrong with a data directory that exists but cannot be written (read-only, another
     * owner), said for people; empty if it does not exist yet or can be written.
     */
    public static Optional<String> unwritable(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path probe = directory.resolve(".tresse-write-test");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(CliTexts.both("donnees.lecture.seule", directory));
        }
    }

    /** The data directory could not be made. */
    public static String cannotCreate(Path directory) {
        return CliTexts.both("donnees.creation", directory);
    }

    /** Takes the lock, creating the directory; throws {@link AlreadyRunning} if another Tresse holds it. */
    public static DataDirectoryLock acquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("tresse.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyRunning(directory);
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another Tresse uses this data directory. */
    public static final class AlreadyRunning extends IOException {
    private static final long serialVersionUID = 1L;
        private final Path directory;

        AlreadyRunning(Path directory) {
            super("data directory in use: " + directory);
            this.directory = directory;
        }

        public Path directory() {
            return directory;
        }
    }
}
