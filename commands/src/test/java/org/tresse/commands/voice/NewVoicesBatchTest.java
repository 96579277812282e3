package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.groups.Group;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class NewVoicesBatchTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void coordinators_get_one_summary_per_batch_in_private_not_one_message_per_voice() {
        TestTresse tresse = tresse(false);
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        telegram.say("4242", "/moi");
        console.say("ana", "/role telegram:4242 coordination");
        telegram.say("4242", "/aide");
        console.clear();
        telegram.clear();
        console.say("bob", "Plus de bancs #village");
        telegram.say("777", "Un atelier vélo --anonyme");
        console.say("carla", "/avis Des concerts l’été");
        assertThat(console.repliesTo("ana")).isEmpty();
        assertThat(pendingBatchDue()).isEqualTo(Instant.parse("2024-03-02T09:05:00Z"));

        tresse.advance(Duration.ofMinutes(11));
        assertThat(console.repliesTo("ana")).hasSize(1);
        assertThat(console.lastReplyTo("ana")).contains("Nouveaux avis des habitants : 3").contains("n°1").contains("bob")
                .contains("n°2").contains("anonyme").contains("n°3").contains("carla");
        assertThat(telegram.repliesTo("4242")).hasSize(1);
        assertThat(count("select count(*) from outbox where correlation = 'voice:anonymous'")).isZero();
        assertThat(count("select count(*) from scheduled_job where kind = 'voice.announce' and done_at is null")).isZero();

        console.say("bob", "Encore une idée");
        console.say("bob", "Et une autre, déjà lue");
        console.say("ana", "/avis 5");
        tresse.advance(Duration.ofMinutes(16));
        assertThat(console.repliesTo("ana").stream().filter(text -> text.startsWith("Nouveaux avis"))).hasSize(2);
        assertThat(console.lastReplyTo("ana")).contains("Nouveaux avis des habitants : 1").contains("n°4").doesNotContain("n°5")
                .doesNotContain("n°1 ");
    }

    @Test
    void a_named_voice_waits_until_its_author_can_no_longer_make_it_anonymous() {
        TestTresse tresse = tresse(false);
        MemoryChannel console = tresse.channel("console");
        console.say("ana", "/moi");
        console.say("bob", "Une idée");
        tresse.advance(Duration.ofMinutes(6));
        assertThat(console.repliesTo("ana")).hasSize(1);
        tresse.advance(Duration.ofMinutes(5));
        assertThat(console.repliesTo("ana")).hasSize(2);
        assertThat(console.lastReplyTo("ana")).contains("n°1");
    }

    @Test
    void with_a_coordination_room_the_summary_goes_there() {
        TestTresse tresse = tresse(true);
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("bob", "Une idée pour le bureau");
        tresse.advance(Duration.ofMinutes(15));
        assertThat(telegram.lastReplyTo("-100bureau")).contains("Nouveaux avis des habitants : 1").contains("n°1");
        assertThat(console.repliesTo("ana")).hasSize(1);
    }

    private TestTresse tresse(boolean bureauRoom) {
        return WithCommands.tresse(db.database())
                .channels("console", "telegram")
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                    if (bureauRoom) {
                        core.groups().attachRoom(handle, "telegram", "-100bureau", "bureau");
                    }
                }))
                .build();
    }

    private Instant pendingBatchDue() {
        return db.database().inTransaction(handle -> handle.one(
                "select due_at from scheduled_job where kind = 'voice.announce' and done_at is null",
                row -> org.tresse.core.store.Handle.instant(row, "due_at"))).orElseThrow();
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }
}
