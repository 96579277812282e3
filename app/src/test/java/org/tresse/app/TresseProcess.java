package org.tresse.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code tresse run} as a separate JVM, fed through the console: for kill and restart tests. */
final class TresseProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final OutputStream input;

    private TresseProcess(Process process) {
        this.process = process;
        this.input = process.getOutputStream();
        follow(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), lines);
        follow(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), errors);
    }

    static TresseProcess start(Path directory, String... arguments) throws IOException {
        return start(Main.class, directory, arguments);
    }

    /** A program of the test classpath that ends up in {@link Main}, e.g. with a file system of its own. */
    static TresseProcess start(Class<?> main, Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dlogback.configurationFile=logback.xml"); // the product's logging, not the test kit's
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        return new TresseProcess(builder.start());
    }

    private static void follow(BufferedReader reader, List<String> into) {
        Thread thread = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException e) {
                // the process died: what was read stays
            }
        }, "tresse-process-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void type(String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    void endInput() throws IOException {
        input.close();
    }

    List<String> output() {
        return List.copyOf(lines);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("the Tresse process " + process.pid() + " did not die within a minute of SIGKILL");
        }
    }

    /** Waits for the process to end by itself and returns its exit code; fails with its output if it does not. */
    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the Tresse process did not stop within " + patience + "; it printed:\n" + output());
        }
        return process.exitValue();
    }

    /**
     * SIGTERM, through the process handle: {@link Process#destroy()} would also close our ends of
     * the pipes, so the child would see the end of its input and we would not read its last words.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
