package org.tresse.core.poll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.secret.KeyFiles;

/** Poll keys as files {@code <poll id>.key} in a directory of their own, readable by their owner only. */
public final class PollKeyFiles implements PollKeyStore {
    private static final String SUFFIX = ".key";

    private final Path directory;

    public PollKeyFiles(Path directory) {
        this.directory = directory;
    }

    /** Whether {@code directory} holds any poll key. */
    public static boolean anyIn(Path directory) {
        return !new PollKeyFiles(directory).kept().isEmpty();
    }

    @Override
    public Optional<byte[]> read(long pollId) {
        Path path = file(pollId);
        try {
            return KeyFiles.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the poll key " + path, e);
        } catch (IllegalArgumentException e) {
            return Optional.of(new byte[0]); // damaged: unwrapping it fails, and says so
        }
    }

    @Override
    public boolean create(long pollId, byte[] wrapped) {
        try {
            return KeyFiles.create(file(pollId), wrapped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the poll key " + file(pollId), e);
        }
    }

    /**
     * Replaces the poll's key by {@code wrapped} at once: written whole beside it, then moved over it,
     * so the file holds either the old or the new key whenever the process dies.
     */
    public void replace(long pollId, byte[] wrapped) {
        Path next = directory.resolve(pollId + SUFFIX + ".tmp");
        try {
            KeyFiles.destroy(next); // left by a replacement the process did not finish
            if (!KeyFiles.create(next, wrapped)) {
                throw new IOException("a file " + next + " is in the way");
            }
            Files.move(next, file(pollId), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            KeyFiles.forceDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the poll key " + file(pollId), e);
        }
    }

    @Override
    public void destroy(long pollId) {
        try {
            KeyFiles.destroy(file(pollId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot destroy the poll key " + file(pollId), e);
        }
    }

    @Override
    public List<Kept> kept() {
        List<Kept> kept = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String number = name.substring(0, name.length() - SUFFIX.length());
                if (number.matches("\\d{1,18}")) {
                    kept.add(new Kept(Long.parseLong(number), Files.getLastModifiedTime(file).toInstant()));
                }
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the poll keys in " + directory, e);
        }
        return kept;
    }

    public Path file(long pollId) {
        return directory.resolve(pollId + SUFFIX);
    }
}
