package org.tresse.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.store.Database;

/**
 * Backups asked of a running Tresse: an embedded database belongs to the one process that opened
 * it, so {@code tresse sauvegarde} leaves a request in the data directory ({@value #REQUEST}, the
 * backup folder's path) and this desk, a thread owned here, makes the backup on the running
 * database and answers in {@value #ANSWER}: {@code ok} or {@code failed}.
 */
final class BackupDesk {
    static final String REQUEST = "sauvegarde.demande";
    static final String ANSWER = "sauvegarde.reponse";
    private static final Logger log = LoggerFactory.getLogger(BackupDesk.class);

    private final Database database;
    private final Path dataDirectory;
    private ScheduledExecutorService desk;

    BackupDesk(Database database, Path dataDirectory) {
        this.database = database;
        this.dataDirectory = dataDirectory;
    }

    synchronized void start() {
        desk = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tresse-backups");
            thread.setDaemon(true);
            return thread;
        });
        desk.scheduleWithFixedDelay(this::serve, 1, 1, TimeUnit.SECONDS);
    }

    synchronized void stop() {
        if (desk != null) {
            desk.shutdownNow();
            desk = null;
        }
    }

    /** Answers a request waiting in the data directory, if any. */
    void serve() {
        Path request = dataDirectory.resolve(REQUEST);
        if (!Files.isRegularFile(request)) {
            return;
        }
        String answer;
        try {
            Path folder = Path.of(Files.readString(request, StandardCharsets.UTF_8).strip());
            Files.delete(request);
            database.useTransaction(handle -> {
                try {
                    Backups.write(handle.connection(), dataDirectory, folder);
                } catch (IOException | java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            log.info("Backup written to {}", folder);
            answer = "ok";
        } catch (IOException | RuntimeException e) {
            log.error("A backup asked by tresse sauvegarde failed: {}", e.toString());
            answer = "failed";
        }
        try {
            Path written = Files.writeString(dataDirectory.resolve(ANSWER + ".tmp"), answer, StandardCharsets.UTF_8);
            Files.move(written, dataDirectory.resolve(ANSWER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("The answer to tresse sauvegarde could not be written: {}", e.toString());
        }
    }
}
