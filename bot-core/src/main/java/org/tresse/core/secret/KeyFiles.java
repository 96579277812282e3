package org.tresse.core.secret;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Small secret files (a key in base64 on one line), readable by their owner only: created whole
 * and forced to disk before anything relies on them, destroyed by overwriting them in place
 * before they are deleted.
 */
public final class KeyFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {}

    /** Writes {@code secret} to a new file; false if the file already exists (nothing is written). */
    public static boolean create(Path path, byte[] secret) throws IOException {
        if (path.getParent() != null) {
            createPrivateDirectory(path.getParent());
        }
        try {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
        byte[] line = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        }
        forceDirectory(path.getParent());
        return true;
    }

    /**
     * The secret in the file; empty if there is no file.
     *
     * @throws IOException              the file exists but cannot be read
     * @throws IllegalArgumentException the file is not one line of base64
     */
    public static Optional<byte[]> read(Path path) throws IOException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException notText) {
            throw new IllegalArgumentException("not base64", notText);
        }
        return Optional.of(Base64.getDecoder().decode(text.strip()));
    }

    /**
     * Overwrites the file with random bytes, forces them to disk, then deletes it. On a plain file
     * system (ext4, FAT of an SD card) the old bytes are gone; a copy-on-write file system or an
     * SSD's wear levelling may keep them, as a backup would.
     */
    public static void destroy(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] noise = new byte[(int) Math.max(size, 1)];
            RANDOM.nextBytes(noise);
            channel.write(ByteBuffer.wrap(noise), 0);
            channel.force(true);
        } catch (NoSuchFileException gone) {
            return;
        }
        Files.deleteIfExists(path);
        forceDirectory(path.getParent());
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(directory);
        }
    }

    /** Makes a creation, a move or a deletion in {@code directory} durable (Linux); a no-op where it can't be done. */
    public static void forceDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory; the file's own force is what we have
        }
    }
}
