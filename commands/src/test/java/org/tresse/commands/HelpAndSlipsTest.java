package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.groups.Group;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** {@code /aide} lists what the asker may use, in their language; a command without its / is not a voice (issue 13, items 7 and 12). */
@StoreTest
class HelpAndSlipsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database()).channels("console", "telegram")
                .setup(core -> core.database().useTransaction(handle -> core.groups().define(handle, new Group("cafe", "Café associatif", true))))
                .build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
    }

    @Test
    void a_resident_is_not_offered_what_only_coordinators_or_authors_do() {
        console.say("bob", "/aide");
        String help = console.lastReplyTo("bob");
        assertThat(help).contains("/avis —", "/vote —", "/sondages —", "/decision —", "/groupes —")
                .doesNotContain("/annonce", "/confirmer —", "/clore", "/sondage —", "/role", "/avis-liste", "/membres", "/rapport");
        console.say("ana", "/aide");
        assertThat(console.lastReplyTo("ana")).contains("/annonce —", "/confirmer —", "/clore —", "/sondage —", "/role —", "/membres —");
    }

    @Test
    void english_help_names_the_commands_in_english() {
        console.say("bob", "/language en");
        console.say("bob", "/help");
        String help = console.lastReplyTo("bob");
        assertThat(help).contains("/help —", "/whoami —", "/link —", "/groups —", "/join —", "/leave —", "/feedback —", "/polls —",
                "/results —").doesNotContain("/aide", "/moi", "/rejoindre", "/sondages", "/resultats");
        console.say("bob", "/help poll");
        assertThat(console.lastReplyTo("bob")).startsWith("/poll, /sondage\n");
        console.say("ana", "/help");
        assertThat(console.lastReplyTo("ana")).contains("/sondage —", "/aide —");
    }

    @Test
    void a_command_typed_without_its_slash_is_suggested_and_nothing_is_recorded() {
        console.say("bob", "sondage \"Test\"");
        assertThat(console.lastReplyTo("bob")).isEqualTo(
                "Vouliez-vous dire /sondage \"Test\" ? Une commande commence par « / ». Je n’ai rien enregistré : renvoyez-la avec la barre oblique.");
        console.say("bob", "vote 3 pour");
        assertThat(console.lastReplyTo("bob")).startsWith("Vouliez-vous dire /vote 3 pour ?");
        console.say("bob", "aide");
        assertThat(console.lastReplyTo("bob")).startsWith("Vouliez-vous dire /aide ?");
        console.say("bob", "rejoindre cafe");
        assertThat(console.lastReplyTo("bob")).startsWith("Vouliez-vous dire /rejoindre cafe ?");
        assertThat(count("select count(*) from voice")).isZero();

        console.say("bob", "Moi aussi je trouve que le café devrait ouvrir le dimanche");
        console.say("bob", "Vote pour Marie au bureau, elle fait tout");
        console.say("bob", "avis il manque un banc devant la ressourcerie");
        assertThat(count("select count(*) from voice")).isEqualTo(3);
        telegram.sayIn("cafe-room", "eve", "vote 3 pour");
        assertThat(telegram.repliesTo("cafe-room")).isEmpty();
    }

    private long count(String sql) {
        return tresse.core().database().inTransaction(handle -> handle.count(sql));
    }
}
