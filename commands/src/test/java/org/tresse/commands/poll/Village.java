package org.tresse.commands.poll;

import java.util.Optional;
import org.tresse.commands.WithCommands;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
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
    /** Buttons and editing, like Telegram without native polls. */
    static final ChannelCapabilities EDITABLE =
            ChannelCapabilities.of(4096, RateLimits.NONE, Ability.FORMATTING, Ability.BUTTONS, Ability.EDITING, Ability.PRIVATE_MESSAGES);

    private Village() {}

    static TestTresse build(Database database) {
        return build(database, MutableClock.atVillageMorning(), ChannelCapabilities.plainText());
    }

    static TestTresse build(Database database, MutableClock clock, ChannelCapabilities capabilities) {
        return build(database, clock, capabilities, WithCommands.settings().ballotKey());
    }

    /** With the secret ballot key {@code key} (one in a data directory, for the tests of its files). */
    static TestTresse build(Database database, MutableClock clock, ChannelCapabilities capabilities, SecretBallotKey key) {
        return WithCommands.tresse(database, new Features.Settings(key, VoiceSettings.defaults(), AnnouncementSettings.defaults()))
                .clock(clock)
                .channels("console", "telegram")
                .capabilities(capabilities)
                .setup(core -> core.database().useTransaction(handle -> {
                    if (core.groups().find(handle, "cafe").isEmpty()) {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().define(handle, new Group("bureau", "Bureau", false));
                        core.groups().attachRoom(handle, "telegram", "cafe-room", "cafe");
                    }
                }))
                .build();
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
