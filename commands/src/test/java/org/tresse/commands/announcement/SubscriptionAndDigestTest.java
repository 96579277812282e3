package org.tresse.commands.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class SubscriptionAndDigestTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    final MutableClock clock = MutableClock.atVillageMorning();

    private TestTresse tresse(Duration digestEvery) {
        Features.Settings settings = new Features.Settings(SecretBallotKey.inDirectory(Path.of("target", "test-data", UUID.randomUUID().toString())), VoiceSettings.defaults(),
                new AnnouncementSettings(digestEvery, AnnouncementSettings.ALL_CHANNELS));
        return WithCommands.tresse(db.database(), settings)
                .clock(clock)
                .channels("console", "telegram", "email")
                .setup(core -> core.database().useTransaction(handle -> {
                    if (core.groups().find(handle, "cafe").isEmpty()) {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().attachRoom(handle, "telegram", "-100cafe", "cafe");
                    }
                }))
                .build();
    }

    @Test
    void a_chat_subscription_is_active_at_once_and_can_be_undone() {
        TestTresse tresse = tresse(Duration.ofDays(7));
        MemoryChannel telegram = tresse.channel("telegram");
        telegram.say("4242", "/abonner annonces");
        assertThat(telegram.lastReplyTo("4242")).contains("vous recevrez les annonces en privé sur telegram");
        telegram.say("4242", "/abonner annonces");
        assertThat(telegram.lastReplyTo("4242")).contains("déjà abonné·e");
        telegram.say("4242", "/abonner recap");
        assertThat(telegram.lastReplyTo("4242")).contains("les annonces en privé et le récapitulatif");
        telegram.say("4242", "/desabonner annonces");
        assertThat(telegram.lastReplyTo("4242")).contains("Vous recevez encore le récapitulatif périodique");
        telegram.say("4242", "/unsubscribe");
        assertThat(telegram.lastReplyTo("4242")).contains("vous ne recevrez plus rien sur telegram");
        telegram.say("4242", "/desabonner");
        assertThat(telegram.lastReplyTo("4242")).contains("abonné·e à rien");
        telegram.say("4242", "/abonner pigeons");
        assertThat(telegram.lastReplyTo("4242")).contains("« pigeons »");
    }

    @Test
    void an_email_subscription_waits_for_its_token() {
        TestTresse tresse = tresse(Duration.ofDays(7));
        MemoryChannel email = tresse.channel("email");
        MemoryChannel console = tresse.channel("console");
        console.say("ana", "/moi");
        email.say("lea@example.org", "/abonner");
        String reply = email.lastReplyTo("lea@example.org");
        assertThat(reply).contains("/confirmer-abonnement ");
        String token = reply.replaceAll("(?s).*/confirmer-abonnement ([A-Z0-9]{8}).*", "$1");
        console.say("ana", "/annonce Bonjour --tous --canaux email,telegram");
        assertThat(console.lastReplyTo("ana")).contains("telegram : 1 salon(s), 0 personne(s)").doesNotContain("email : 0 salon(s), 1");
        email.say("mallory@example.org", "/confirmer-abonnement " + token);
        assertThat(email.lastReplyTo("mallory@example.org")).contains("inconnu ou a expiré");
        email.say("lea@example.org", "/confirmer-abonnement WRONG123");
        assertThat(email.lastReplyTo("lea@example.org")).contains("inconnu ou a expiré");
        email.say("lea@example.org", "/confirmer-abonnement " + token.toLowerCase());
        assertThat(email.lastReplyTo("lea@example.org")).contains("c’est confirmé");
        console.say("ana", "/annonce Bonjour --tous --canaux email");
        assertThat(console.lastReplyTo("ana")).contains("email : 0 salon(s), 1 personne(s)");
    }

    @Test
    void an_email_token_expires() {
        TestTresse tresse = tresse(Duration.ofDays(7));
        MemoryChannel email = tresse.channel("email");
        email.say("lea@example.org", "/abonner");
        String token = email.lastReplyTo("lea@example.org").replaceAll("(?s).*/confirmer-abonnement ([A-Z0-9]{8}).*", "$1");
        clock.advance(Duration.ofDays(8));
        email.say("lea@example.org", "/confirmer-abonnement " + token);
        assertThat(email.lastReplyTo("lea@example.org")).contains("inconnu ou a expiré");
    }

    @Test
    void the_digest_tells_what_is_new_sends_nothing_when_nothing_is_and_survives_a_restart() {
        TestTresse tresse = tresse(Duration.ofDays(7));
        MemoryChannel telegram = tresse.channel("telegram");
        MemoryChannel console = tresse.channel("console");
        console.say("ana", "/moi");
        telegram.say("4242", "/abonner recap");
        telegram.say("5151", "/abonner recap");
        telegram.say("5151", "/rejoindre cafe");
        console.say("ana", "/annonce \"**AG** le 20 mars\" --tous");
        console.say("ana", "/confirmer 1");
        console.say("ana", "/annonce \"Le café ferme lundi\" --groupes cafe");
        console.say("ana", "/confirmer 2");
        telegram.clear();

        tresse.advance(Duration.ofDays(7));
        assertThat(telegram.lastReplyTo("5151")).contains("Les nouvelles de l’association").contains("Annonces")
                .contains("AG le 20 mars").contains("Le café ferme lundi").contains("/desabonner recap");
        assertThat(telegram.lastReplyTo("4242")).contains("AG le 20 mars").doesNotContain("Le café ferme lundi");

        telegram.clear();
        tresse.advance(Duration.ofDays(7));
        assertThat(telegram.delivered()).isEmpty();

        Instant due = nextDigest();
        assertThat(due).isEqualTo(Instant.parse("2024-03-23T09:00:00Z"));
        TestTresse restarted = tresse(Duration.ofDays(7));
        MemoryChannel console2 = restarted.channel("console");
        sayAfterRestart(console2, "ana", "/annonce \"Vide-grenier dimanche\" --tous");
        sayAfterRestart(console2, "ana", "/confirmer 3");
        MemoryChannel telegram2 = restarted.channel("telegram");
        telegram2.clear();
        restarted.advance(Duration.ofDays(7));
        assertThat(telegram2.lastReplyTo("4242")).contains("Vide-grenier dimanche").doesNotContain("AG le 20 mars");
    }

    @Test
    void a_shorter_period_from_the_configuration_takes_effect_at_the_next_subscription() {
        tresse(Duration.ofDays(7)).channel("telegram").say("4242", "/abonner recap");
        assertThat(nextDigest()).isEqualTo(Instant.parse("2024-03-09T09:00:00Z"));
        sayAfterRestart(tresse(Duration.ofDays(1)).channel("telegram"), "5151", "/abonner recap");
        assertThat(nextDigest()).isEqualTo(Instant.parse("2024-03-03T09:00:00Z"));
    }

    /** A new channel counts its events from 1 again: give them ids the first run did not use. */
    private static void sayAfterRestart(MemoryChannel channel, String user, String text) {
        channel.receive(Inbound.text(channel.channel(), "restarted-" + UUID.randomUUID(), user, RoomKind.PRIVATE,
                new Identity(channel.channel(), user), text));
    }

    private Instant nextDigest() {
        return db.database().inTransaction(handle -> handle.one(
                "select due_at from scheduled_job where kind = 'announcement.digest' and done_at is null",
                row -> org.tresse.core.store.Handle.instant(row, "due_at"))).orElseThrow();
    }
}
