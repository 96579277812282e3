package org.tresse.commands.announcement;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * A Tresse broadcasting one announcement to many subscribers over {@link AppendingChannel}, on
 * an H2 file database. {@code first}: sets up the subscribers, announces, confirms and delivers
 * until killed. {@code resume}: delivers what is left, then exits. Run by {@link BroadcastCrashTest}.
 *
 * <p>Arguments: database directory, deliveries file, {@code first|resume}, recipients, messages per second.
 */
public final class BroadcastCrashMain {
    private BroadcastCrashMain() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        Path deliveries = Path.of(args[1]);
        boolean first = args[2].equals("first");
        int recipients = Integer.parseInt(args[3]);
        int perSecond = Integer.parseInt(args[4]);
        Database database = Database.open("jdbc:h2:file:" + directory + "/tresse", "sa", "", List.of());
        AppendingChannel channel = new AppendingChannel(deliveries, perSecond);
        Assembled wired = WithCommands.wired(database, Clock.systemUTC(), "telegram", Backoff.DEFAULT, List.of(channel));
        CoreServices core = wired.core();
        Engine engine = wired.engine();
        if (first) {
            database.useTransaction(handle -> {
                long base = handle.count("select coalesce(max(id), 0) from person");
                handle.update("insert into person (id, display_name, created_at) select " + base + " + x, 'p' || x, current_timestamp "
                        + "from system_range(1, " + recipients + ")");
                handle.update("insert into subscription (person_id, channel, address, notifications, digest, status, "
                        + "created_at, digest_since) select id, 'telegram', display_name, true, false, 'ACTIVE', "
                        + "current_timestamp, current_timestamp from person");
            });
            say(engine, "e1", "/annonce \"La fête du village, c’est samedi !\" --tous --canaux telegram");
            say(engine, "e2", "/confirmer 1");
            System.out.println("ENQUEUED " + database.inTransaction(handle -> handle.count(
                    "select count(*) from outbox where correlation = 'announcement:1'")));
            System.out.flush();
            core.delivery().start();
            new CountDownLatch(1).await();
        }
        core.delivery().start();
        while (database.inTransaction(handle -> handle.count("select count(*) from outbox where status = 'PENDING'")) > 0) {
            core.delivery().awaitIdle(channel.channel(), Duration.ofSeconds(5));
        }
        core.delivery().stop();
        channel.stop();
        database.close();
        System.out.println("DONE");
    }

    private static void say(Engine engine, String eventId, String text) {
        engine.receive(Inbound.text("telegram", eventId, "admin", RoomKind.PRIVATE, new Identity("telegram", "admin"), text));
    }
}
