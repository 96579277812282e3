package org.tresse.core.store;

import java.util.List;

/**
 * A JVM that exits while its own shutdown hook still writes, as {@code tresse run} does at SIGTERM
 * (its stop waits for delivery's last record before it closes the database). Prints "committed" if
 * that last write went through, "lost" if the database was closed under it.
 */
public final class ClosingAtExitMain {
    private ClosingAtExitMain() {}

    public static void main(String[] args) throws Exception {
        Database database = Database.open("jdbc:h2:file:" + args[0], "sa", "", List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // what stopping does first (workers finishing their message) takes a moment
                for (int round = 1; round <= 50; round++) {
                    String key = "round-" + round;
                    database.useTransaction(handle -> handle.update(
                            "insert into connector_cursor (channel, cursor_key, cursor_value, updated_at) values ('exit', ?, 'x', current_timestamp)", key));
                    Thread.sleep(10);
                }
                System.out.println("committed");
            } catch (RuntimeException | InterruptedException e) {
                System.out.println("lost: " + e);
            } finally {
                database.close();
            }
        }));
        System.exit(0);
    }
}
