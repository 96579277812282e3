package org.tresse.commands.poll;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.TresseCommands;
import org.tresse.commands.groups.GroupCommands;
import org.tresse.commands.help.HelpCommand;
import org.tresse.commands.people.PeopleCommands;
import org.tresse.core.Core;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Group;
import org.tresse.core.people.Role;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * La Tresse for poll tests: console and telegram channels; groups café (open, with the
 * Telegram room "cafe-room") and bureau; the secret ballot key injected.
 */
final class Village {
    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    /** Buttons and editing, like Telegram without native polls. */
    static final ChannelCapabilities EDITABLE =
            new ChannelCapabilities(4096, true, false, true, true, true, false, RateLimits.NONE);

    private Village() {}

    static TestTresse build(Database database) {
        return build(database, MutableClock.atVillageMorning(), ChannelCapabilities.plainText());
    }

    static TestTresse build(Database database, MutableClock clock, ChannelCapabilities capabilities) {
        return build(database, clock, capabilities, SecretBallotKey.of(KEY));
    }

    /** With the secret ballot key {@code key} (one in a data directory, for the tests of its files). */
    static TestTresse build(Database database, MutableClock clock, ChannelCapabilities capabilities, SecretBallotKey key) {
        return TestTresse.on(database)
                .clock(clock)
                .bundles(TresseCommands.BUNDLES.toArray(String[]::new))
                .channels("console", "telegram")
                .capabilities(capabilities)
                .setup(core -> core.database().useTransaction(handle -> {
                    if (core.groups().find(handle, "cafe").isEmpty()) {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().define(handle, new Group("bureau", "Bureau", false));
                        core.groups().attachRoom(handle, "telegram", "cafe-room", "cafe");
                    }
                }))
                .handler(core -> router(core, key))
                .build();
    }

    static CommandRouter router(Core core) {
        return router(core, SecretBallotKey.of(KEY));
    }

    static CommandRouter router(Core core, SecretBallotKey key) {
        CommandRouter router = new CommandRouter();
        router.add(new HelpCommand(router).command());
        router.addAll(new PeopleCommands(core).commands());
        router.addAll(new GroupCommands(core).commands());
        new PollCommands(core, key).register(router);
        return router;
    }

    /** Gives these console persons the member role (created on first contact). */
    static void members(TestTresse tresse, String... users) {
        for (String user : users) {
            tresse.core().database().useTransaction(handle -> {
                long id = tresse.core().people().resolve(handle, new Identity("console", user), user).id();
                tresse.core().people().grant(handle, id, Role.MEMBER, Optional.empty());
            });
        }
    }

    static long count(TestTresse tresse, String sql) {
        return tresse.core().database().inTransaction(handle -> handle.count(sql));
    }
}
