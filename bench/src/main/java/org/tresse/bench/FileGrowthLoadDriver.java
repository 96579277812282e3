package org.tresse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.MemoryChannel;

/**
 * Issue 12, item 11: how big {@code tresse.mv.db} grows under a stream of {@code /avis}, each
 * committed durably and its receipt delivered, against its live size (the same data after
 * {@code SHUTDOWN COMPACT}). Prints the file size every tenth of the run, the time, and the ratio.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.tresse.bench.FileGrowthLoadDriver [messages] [restarts]</pre>
 *
 * The environment variable {@code EXTRA} is appended to the JDBC address, to compare settings
 * (e.g. {@code ;RETENTION_TIME=45000}, H2's own default); {@code PACE}, messages a second, makes a
 * steady stream of a busy day instead of a storm as fast as Tresse goes.
 */
public final class FileGrowthLoadDriver {
    private FileGrowthLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int restarts = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path directory = Files.createTempDirectory("tresse-growth");
        String url = "jdbc:h2:file:" + directory.resolve("tresse") + System.getenv().getOrDefault("EXTRA", "");
        Path file = directory.resolve("tresse.mv.db");
        int perRun = messages / (restarts + 1);
        double pace = Double.parseDouble(System.getenv().getOrDefault("PACE", "0"));
        long started = System.nanoTime();
        long sent = 0;
        long maximum = 0;
        for (int run = 0; run <= restarts; run++) {
            MemoryChannel console = new MemoryChannel("console", org.tresse.core.channel.ChannelCapabilities.plainText());
            try (Database database = Database.open(url, "sa", "", List.of())) {
                Assembled tresse = BenchTresse.on(database, directory, "console", Backoff.DEFAULT, List.of(console));
                tresse.core().delivery().start();
                Engine engine = tresse.engine();
                console.start(engine);
                for (int index = 0; index < perRun; index++) {
                    sent++;
                    if (pace > 0) {
                        long due = started + (long) (sent / pace * 1e9);
                        java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                    Receipt receipt = engine.receive(Inbound.text("console", "growth-" + sent, "habitant" + (sent % 50),
                            RoomKind.PRIVATE, new Identity("console", "habitant" + (sent % 50)),
                            "/avis Il faudrait plus de bancs sur la place, et de l’ombre l’été (message " + sent + ")"));
                    if (receipt != Receipt.PROCESSED) {
                        throw new IllegalStateException("unexpected " + receipt);
                    }
                    if (sent % 50 == 0) {
                        // the largest size is looked for every 50 messages; printed every tenth of the run
                        maximum = Math.max(maximum, Files.size(file));
                    }
                    if (sent % Math.max(1, messages / 10) == 0) {
                        long size = Files.size(file);
                        System.out.printf(Locale.ROOT, "%,9d messages  %8.1f s  file %8.2f MB%n", sent,
                                (System.nanoTime() - started) / 1e9, size / 1e6);
                    }
                }
                tresse.core().delivery().stop();
            }
            long closed = Files.size(file);
            maximum = Math.max(maximum, closed);
            System.out.printf(Locale.ROOT, "run %d closed: file %.2f MB%n", run + 1, closed / 1e6);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long beforeCompact = Files.size(file);
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        }
        long live = Files.size(file);
        System.out.printf(Locale.ROOT, "%,d messages in %.1f s (%.0f/s); file at the end %.2f MB, largest seen %.2f MB, "
                        + "live (SHUTDOWN COMPACT) %.2f MB: %.1f× the live size at most%n", sent, seconds, sent / seconds,
                beforeCompact / 1e6, maximum / 1e6, live / 1e6, (double) maximum / live);
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
