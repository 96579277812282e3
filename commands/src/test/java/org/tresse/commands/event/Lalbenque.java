package org.tresse.commands.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Features;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Partner;
import org.tresse.core.event.Place;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * La Tresse for event tests, on Saturday 2 March 2024 at 10:00: places La Vayssade (40 places) and
 * rue du Paradis; the Comité des fêtes as a partner (its contact is telegram:900); the café group
 * with its Telegram room "cafe-room"; console, telegram and email channels with buttons.
 */
public final class Lalbenque {
    public static final ChannelCapabilities BUTTONS = ChannelCapabilities.of(4096, RateLimits.NONE, Ability.FORMATTING, Ability.BUTTONS,
            Ability.PRIVATE_MESSAGES);
    public static final ChannelCapabilities NATIVE = ChannelCapabilities.of(4096, RateLimits.NONE, Ability.FORMATTING, Ability.BUTTONS,
            Ability.NATIVE_POLLS, Ability.PRIVATE_MESSAGES);
    static final EventRules RULES = EventRules.defaults()
            .withPlaces(List.of(new Place("La Vayssade", Optional.of("46230 Lalbenque"), OptionalInt.of(40)), Place.named("rue du Paradis")))
            .withPartners(List.of(new Partner("comite-fetes", "Comité des fêtes", Optional.of(new Identity("telegram", "900")))));

    public final TestTresse tresse;
    public final Features features;

    private Lalbenque(TestTresse tresse, Features features) {
        this.tresse = tresse;
        this.features = features;
    }

    public static Lalbenque build(Database database) {
        return build(database, MutableClock.atVillageMorning(), BUTTONS);
    }

    public static Lalbenque build(Database database, MutableClock clock, ChannelCapabilities capabilities) {
        Features.Settings settings = WithCommands.settings().withEvents(RULES);
        AtomicReference<Features> built = new AtomicReference<>();
        TestTresse tresse = TestTresse.on(database)
                .features((core, channels) -> {
                    built.set(Features.build(core, channels, settings));
                    return built.get().all();
                })
                .handler(CommandRouter::of)
                .clock(clock)
                .channels("console", "telegram", "email")
                .capabilities(capabilities)
                .setup(core -> core.database().useTransaction(handle -> {
                    if (core.groups().find(handle, "cafe").isEmpty()) {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().attachRoom(handle, "telegram", "cafe-room", "cafe");
                    }
                }))
                .build();
        return new Lalbenque(tresse, built.get());
    }

    /** Gives these console persons the member role (created on first contact). */
    public void members(String... users) {
        for (String user : users) {
            grant(new Identity("console", user), Role.MEMBER);
        }
    }

    public void grant(Identity identity, Role role) {
        tresse.core().database().useTransaction(handle -> {
            long id = tresse.core().people().resolve(handle, identity, identity.id()).id();
            tresse.core().people().grant(handle, id, role, Optional.empty());
        });
    }

    public long count(String sql) {
        return tresse.core().database().inTransaction(handle -> handle.count(sql));
    }

    public Instant due(String kind) {
        return tresse.core().database().inTransaction(handle -> handle.one(
                "select due_at from scheduled_job where kind = ? and done_at is null order by due_at fetch first 1 rows only",
                row -> org.tresse.core.store.Handle.instant(row, "due_at"), kind)).orElseThrow();
    }

    /** The clock at Lalbenque's local time {@code local} ({@code 2024-03-05T19:50}). */
    public static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(TestTresse.VILLAGE).toInstant();
    }

    public static Duration until(MutableClock clock, String local) {
        return Duration.between(clock.instant(), at(local));
    }
}
