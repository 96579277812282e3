package org.tresse.testkit.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The server's programs, run to their end, their output told when they fail. */
final class Processes {
    private Processes() {
    }

    static void run(Path directory, List<String> command) {
        Path output = directory.resolve("command.log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL for tests: " + command + " did not end within 180 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL for tests: " + command + " failed (exit " + process.exitValue()
                        + "):\n" + tail(output) + tail(directory.resolve("server.log")) + "\n" + PostgresBinaries.INSTALL);
            }
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL for tests: cannot run " + command + " (" + e.getMessage() + "). "
                    + PostgresBinaries.INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }
}
