package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.Receipt;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class SpineConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database())
                .channels("console", "telegram")
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                }))
                .build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
    }

    @Test
    void the_first_console_person_is_admin_and_the_next_ones_residents() {
        console.say("ana", "/moi");
        assertThat(console.lastReplyTo("ana")).contains("ana").contains("admin").contains("console:ana");
        console.say("bob", "/moi");
        assertThat(console.lastReplyTo("bob")).contains("habitant·e").doesNotContain("admin");
    }

    @Test
    void help_lists_only_what_the_person_may_use() {
        console.say("ana", "/aide");
        console.say("bob", "/help");
        assertThat(console.lastReplyTo("ana")).contains("/role").contains("/lier");
        assertThat(console.lastReplyTo("bob")).contains("/lier").doesNotContain("/role");
        console.say("bob", "/aide lier");
        assertThat(console.lastReplyTo("bob")).contains("/lier CODE");
    }

    @Test
    void an_unknown_command_gets_a_suggestion() {
        console.say("bob", "/rejoidre cafe");
        assertThat(console.lastReplyTo("bob")).contains("/rejoidre").contains("/rejoindre");
        console.say("bob", "/zzzzzz");
        assertThat(console.lastReplyTo("bob")).contains("Je ne connais pas la commande /zzzzzz").contains("/aide");
    }

    @Test
    void a_resident_cannot_give_roles_and_nothing_changes() {
        console.say("ana", "/moi");
        console.say("bob", "/role console:bob admin");
        assertThat(console.lastReplyTo("bob")).contains("/role est réservé").contains("admin");
        assertThat(hasRole("bob", Role.ADMIN)).isFalse();
    }

    @Test
    void an_admin_gives_and_takes_back_a_role_in_a_group() {
        console.say("ana", "/moi");
        console.say("bob", "/moi");
        console.say("ana", "/role console:bob coordination --groupe Cafe");
        assertThat(console.lastReplyTo("ana")).contains("coordination du groupe cafe");
        assertThat(hasRoleIn("bob", Role.COORDINATOR, "cafe")).isTrue();
        console.say("ana", "/role console:bob coordination --groupe cafe --retirer");
        assertThat(hasRoleIn("bob", Role.COORDINATOR, "cafe")).isFalse();
        console.say("ana", "/role console:bob coordination --groupe piscine");
        assertThat(console.lastReplyTo("ana")).contains("« piscine » n’existe pas").contains("bureau, cafe");
    }

    @Test
    void joining_and_leaving_open_groups() {
        console.say("ana", "/moi");
        console.say("bob", "/rejoindre cafe");
        assertThat(console.lastReplyTo("bob")).contains("Bienvenue dans le groupe Café associatif");
        console.say("bob", "/rejoindre cafe");
        assertThat(console.lastReplyTo("bob")).contains("déjà");
        console.say("bob", "/rejoindre bureau");
        assertThat(console.lastReplyTo("bob")).contains("sur invitation");
        console.say("bob", "/groupes");
        assertThat(console.lastReplyTo("bob")).contains("cafe — Café associatif (vous en faites partie)").contains("bureau — Bureau (sur invitation)");
        console.say("bob", "/quitter cafe");
        assertThat(console.lastReplyTo("bob")).contains("Vous avez quitté le groupe Café associatif");
    }

    @Test
    void linking_two_identities_makes_one_person_who_keeps_roles() {
        console.say("ana", "/lier");
        String code = console.lastReplyTo("ana").replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
        assertThat(code).hasSize(6);
        telegram.say("4242", "/lier " + code.toLowerCase());
        assertThat(telegram.lastReplyTo("4242")).contains("relierait").contains("telegram:4242").contains("console:ana");
        telegram.say("4242", "/lier " + code.toLowerCase() + " oui");
        assertThat(telegram.lastReplyTo("4242")).contains("vos comptes sont reliés").contains("telegram:4242").contains("console:ana");
        telegram.say("4242", "/moi");
        assertThat(telegram.lastReplyTo("4242")).contains("admin");
        telegram.say("777", "/lier " + code);
        assertThat(telegram.lastReplyTo("777")).contains("inconnu ou a expiré");
    }

    @Test
    void a_link_code_expires_after_fifteen_minutes() {
        console.say("ana", "/lier");
        String code = console.lastReplyTo("ana").replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
        tresse.clock().advance(Duration.ofMinutes(16));
        telegram.say("4242", "/lier " + code);
        assertThat(telegram.lastReplyTo("4242")).contains("inconnu ou a expiré");
    }

    @Test
    void language_can_be_changed() {
        console.say("bob", "/langue en");
        assertThat(console.lastReplyTo("bob")).contains("I will speak English");
        console.say("bob", "/rejoindre nowhere");
        assertThat(console.lastReplyTo("bob")).contains("There is no group \"nowhere\"");
        console.say("bob", "/langue klingon");
        assertThat(console.lastReplyTo("bob")).contains("I don't speak");
    }

    @Test
    void bad_input_gets_a_clear_answer() {
        console.say("ana", "/moi");
        console.say("bob", "/rejoindre \"cafe");
        assertThat(console.lastReplyTo("bob")).contains("guillemet fermant");
        console.say("bob", "/rejoindre");
        assertThat(console.lastReplyTo("bob")).contains("Il manque quelque chose").contains("/rejoindre GROUPE");
        console.say("bob", "/rejoindre cafe bureau");
        assertThat(console.lastReplyTo("bob")).contains("trop de mots");
        console.say("bob", "/rejoindre cafe --vite");
        assertThat(console.lastReplyTo("bob")).contains("ne prend aucune option");
        assertThat(console.say("bob", "/avis " + "x".repeat(10_001))).isEqualTo(Receipt.REJECTED);
        assertThat(console.lastReplyTo("bob")).contains("trop long").contains("10007");
        console.say("bob", "/rejoindre caf\u0007e");
        assertThat(console.lastReplyTo("bob")).contains("caractères invisibles");
        assertThat(memberships("bob")).isZero();
    }

    @Test
    void a_redelivered_event_changes_state_once_and_replies_once() {
        var inbound = org.tresse.core.message.Inbound.text("telegram", "u-1001", "555",
                org.tresse.core.message.RoomKind.PRIVATE, new Identity("telegram", "555"), "/rejoindre cafe");
        assertThat(telegram.receive(inbound)).isEqualTo(Receipt.PROCESSED);
        assertThat(telegram.receive(inbound)).isEqualTo(Receipt.DUPLICATE);
        assertThat(telegram.repliesTo("555")).hasSize(1);
        long members = tresse.core().database().inTransaction(handle ->
                handle.count("select count(*) from group_member where group_slug = 'cafe'"));
        assertThat(members).isEqualTo(1);
    }

    @Test
    void free_text_in_private_points_to_help() {
        console.say("bob", "bonjour");
        assertThat(console.lastReplyTo("bob")).contains("/aide");
    }

    private boolean hasRole(String user, Role role) {
        return hasRoleIn(user, role, null);
    }

    private boolean hasRoleIn(String user, Role role, String group) {
        return tresse.core().database().inTransaction(handle -> {
            long id = tresse.core().people().findByIdentity(handle, new Identity("console", user)).orElseThrow().id();
            return tresse.core().people().hasRole(handle, id, role, Optional.ofNullable(group));
        });
    }

    private long memberships(String user) {
        return tresse.core().database().inTransaction(handle -> handle.count(
                "select count(*) from group_member m join identity i on i.person_id = m.person_id where i.external_id = ?", user));
    }
}
