package org.tresse.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A backup of an embedded Tresse: a folder holding {@value #DATABASE} (H2's {@code BACKUP TO}, a
 * consistent copy taken while the database runs), {@code ballot.key} and {@code ballot-keys/} (the
 * secret ballots' keys, which the database never holds). Restoring puts them back, after moving
 * what was there aside.
 */
final class Backups {
    static final String DATABASE = "base.zip";
    static final String MASTER_KEY = "ballot.key";
    static final String POLL_KEYS = "ballot-keys";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {}

    /** A new folder name under {@code parent}, dated. */
    static Path newFolder(Path parent, Clock clock) {
        return parent.resolve("tresse-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
    }

    /** Writes the backup of the database behind {@code connection} (H2) and of the keys of {@code dataDirectory}. */
    static void write(Connection connection, Path dataDirectory, Path folder) throws IOException, SQLException {
        createPrivate(folder);
        Path database = folder.resolve(DATABASE).toAbsolutePath();
        try (Statement statement = connection.createStatement()) {
            statement.execute("backup to '" + database.toString().replace("'", "''") + "'");
        }
        copyKeys(dataDirectory, folder);
    }

    /** Puts a backup back into {@code dataDirectory} (Tresse stopped); what was there goes to a dated folder beside. */
    static Path restore(Path folder, Path dataDirectory, Clock clock) throws IOException {
        Path aside = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-avant-restauration-"
                + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        if (Files.exists(dataDirectory)) {
            Files.move(dataDirectory, aside);
        }
        Files.createDirectories(dataDirectory);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve(DATABASE)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = dataDirectory.resolve(entry.getName()).normalize();
                if (!file.startsWith(dataDirectory) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                copy(zip, file);
            }
        }
        copyKeys(folder, dataDirectory);
        return aside;
    }

    /** Whether {@code folder} holds a backup of an embedded database. */
    static boolean isBackup(Path folder) {
        return Files.isRegularFile(folder.resolve(DATABASE));
    }

    static boolean hasMasterKey(Path folder) {
        return Files.isRegularFile(folder.resolve(MASTER_KEY));
    }

    /** The folder, readable by its owner only where the file system says so: it holds the keys. */
    private static void createPrivate(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own rules apply
        }
    }

    private static void copyKeys(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from.resolve(MASTER_KEY))) {
            Files.copy(from.resolve(MASTER_KEY), to.resolve(MASTER_KEY), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path keys = from.resolve(POLL_KEYS);
        if (Files.isDirectory(keys)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(keys)) {
                files = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
            }
            for (Path file : files) {
                Path copy = to.resolve(POLL_KEYS).resolve(keys.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void copy(InputStream in, Path file) throws IOException {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
