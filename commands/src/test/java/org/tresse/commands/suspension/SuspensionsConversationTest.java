package org.tresse.commands.suspension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Features;
import org.tresse.core.channel.Suspensions;
import org.tresse.core.feature.Feature;
import org.tresse.core.store.Handle;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** The coordination sees and lifts suspended addresses without SQL (issue 13, item 11). */
@StoreTest
class SuspensionsConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    /** The channel's side, as the email connector keeps it (its own table there). */
    final List<Suspensions.Suspended> suspended = new ArrayList<>(List.of(
            new Suspensions.Suspended("email", "marc@example.org", 3, "5.1.1", Instant.parse("2024-03-01T10:00:00Z"))));
    final Suspensions channel = new Suspensions() {
        @Override
        public List<Suspended> suspended(Handle handle) {
            return List.copyOf(suspended);
        }

        @Override
        public boolean lift(Handle handle, String address) {
            return suspended.removeIf(one -> one.address().equalsIgnoreCase(address));
        }
    };

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = TestTresse.on(db.database())
                .features((core, channels) -> {
                    List<Feature> all = new ArrayList<>(Features.build(core, channels, WithCommands.settings()).all());
                    all.add(new SuspensionFeature(channel));
                    return all;
                })
                .handler(CommandRouter::of)
                .channels("console")
                .build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
    }

    @Test
    void a_coordinator_sees_and_lifts_a_suspension_a_resident_cannot() {
        console.say("bob", "/suspensions");
        assertThat(console.lastReplyTo("bob")).startsWith("/suspensions est réservé au rôle « coordination »");
        console.say("ana", "/aide");
        assertThat(console.lastReplyTo("ana")).contains("/suspensions — les adresses e-mail suspendues");

        console.say("ana", "/suspensions");
        assertThat(console.lastReplyTo("ana")).contains("Adresses suspendues (1)")
                .contains("• marc@example.org — 3 rebond(s) définitif(s), dernier statut 5.1.1")
                .contains("/suspensions lever marc@example.org");
        console.say("ana", "/suspensions lever Marc@Example.org");
        assertThat(console.lastReplyTo("ana")).startsWith("C’est fait : Marc@Example.org reçoit de nouveau lettres et annonces.");
        assertThat(suspended).isEmpty();
        console.say("ana", "/suspensions lever marc@example.org");
        assertThat(console.lastReplyTo("ana")).isEqualTo("L’adresse marc@example.org n’est pas suspendue (la liste : /suspensions).");
        console.say("ana", "/suspensions");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Aucune adresse n’est suspendue : toutes reçoivent lettres et annonces.");
    }
}
