package org.tresse.testkit.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL server programs of this machine ({@code initdb}, {@code pg_ctl}) and the user
 * they run as: PostgreSQL refuses to run as root, so as root they run as {@value #SYSTEM_USER}
 * through {@code runuser}.
 *
 * @param bin   the directory holding initdb and pg_ctl
 * @param runAs the words put before each program (empty, or runuser -u postgres --)
 */
record PostgresBinaries(Path bin, List<String> runAs) {
    static final String PROPERTY = "tresse.postgres.bin";
    static final String SYSTEM_USER = "postgres";
    static final String INSTALL = "Install the PostgreSQL server: apt-get install postgresql (Debian, Ubuntu; .ci/run does it), "
            + "or give the directory of initdb and pg_ctl with -D" + PROPERTY + "=/usr/lib/postgresql/15/bin "
            + "(or the environment variable TRESSE_POSTGRES_BIN). To run the H2 tests only: -Dtresse.postgresql.skip=true.";

    /** The programs, or an exception saying what to install. */
    static PostgresBinaries find() {
        return find(candidates());
    }

    static PostgresBinaries find(List<Path> candidates) {
        Path bin = candidates.stream().filter(PostgresBinaries::holdsServer).findFirst()
                .orElseThrow(() -> new IllegalStateException("The PostgreSQL tests need the PostgreSQL server programs "
                        + "(initdb and pg_ctl) and found none (looked in " + candidates + "). " + INSTALL));
        return new PostgresBinaries(bin, runAsOtherUser());
    }

    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    boolean asOtherUser() {
        return !runAs.isEmpty();
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY, System.getenv("TRESSE_POSTGRES_BIN")))
                .filter(value -> !value.isBlank()).map(Path::of).ifPresent(candidates::add);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.comparing(PostgresBinaries::major).reversed())
                        .map(version -> version.resolve("bin")).forEach(candidates::add);
            } catch (IOException e) {
                // an unreadable directory holds no candidate
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                candidates.add(Path.of(entry));
            }
        }
        return candidates;
    }

    private static int major(Path versionDirectory) {
        try {
            return Integer.parseInt(versionDirectory.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean holdsServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static List<String> runAsOtherUser() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("The PostgreSQL tests run as root, and PostgreSQL refuses "
                        + "root: they need runuser (util-linux) to run it as the user " + SYSTEM_USER + "."));
        return List.of(runuser.toString(), "-u", SYSTEM_USER, "--");
    }
}
