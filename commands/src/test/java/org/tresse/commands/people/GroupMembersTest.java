package org.tresse.commands.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.groups.Group;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** A group on invitation: its coordination lets people in and out (issue 13, item 4). */
@StoreTest
class GroupMembersTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void village() {
        tresse = WithCommands.tresse(db.database()).channels("console")
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                }))
                .build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
        console.say("bob", "/moi");
        console.say("chloe", "/moi");
    }

    @Test
    void a_closed_group_says_who_can_add_you_and_its_coordinator_does() {
        console.say("chloe", "/rejoindre bureau");
        assertThat(console.lastReplyTo("chloe"))
                .isEqualTo("Le groupe Bureau est sur invitation : demandez à sa coordination de vous y ajouter "
                        + "(elle écrira /membres bureau ajouter #3 ; n°3, c’est vous).");

        console.say("ana", "/role console:bob coordination --groupe bureau");
        assertThat(console.lastReplyTo("ana"))
                .isEqualTo("C’est fait : bob a maintenant le rôle coordination du groupe bureau, et fait partie du groupe bureau.");
        console.say("bob", "/aide");
        assertThat(console.lastReplyTo("bob")).contains("/membres — les membres d’un groupe");
        console.say("chloe", "/aide");
        assertThat(console.lastReplyTo("chloe")).doesNotContain("/membres");

        console.say("bob", "/membres bureau ajouter #3");
        assertThat(console.lastReplyTo("bob"))
                .isEqualTo("C’est fait : chloe (n°3) fait partie du groupe Bureau. (Pour le retirer : /membres bureau retirer #3)");
        console.say("bob", "/membres bureau");
        assertThat(console.lastReplyTo("bob")).isEqualTo("Membres du groupe Bureau (2) :\n\n• bob (n°2)\n• chloe (n°3)\n\n"
                + "Ajouter quelqu’un : /membres bureau ajouter #N · retirer : /membres bureau retirer #N (N : le numéro que donne /moi).");
        console.say("chloe", "/moi");
        assertThat(console.lastReplyTo("chloe")).contains("Groupes : bureau");

        console.say("bob", "/membres bureau retirer console:chloe");
        assertThat(console.lastReplyTo("bob")).isEqualTo("C’est fait : chloe (n°3) ne fait plus partie du groupe Bureau.");
        console.say("bob", "/membres bureau retirer #3");
        assertThat(console.lastReplyTo("bob")).isEqualTo("chloe ne fait pas partie du groupe Bureau.");
        console.say("bob", "/membres cafe ajouter #3");
        assertThat(console.lastReplyTo("bob")).isEqualTo("Seule la coordination du groupe Café associatif (ou de l’association) gère ses membres.");
        console.say("chloe", "/membres bureau ajouter #3");
        assertThat(console.lastReplyTo("chloe")).startsWith("Seule la coordination du groupe Bureau");
        console.say("ana", "/membres bureau inviter #3");
        assertThat(console.lastReplyTo("ana")).startsWith("C’est fait : chloe (n°3) fait partie du groupe Bureau.");
        console.say("ana", "/membres bureau chasser #3");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Je ne connais pas « chasser » ici. Écrivez /membres bureau ajouter #N ou /membres bureau retirer #N.");
    }

    @Test
    void in_english_it_is_members_add() {
        console.say("ana", "/language en");
        console.say("ana", "/members bureau add #2");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Done: bob (#2) now belongs to group Bureau. (To remove them: /members bureau remove #2)");
        console.say("ana", "/members bureau");
        assertThat(console.lastReplyTo("ana")).contains("Members of group Bureau (1):", "• bob (#2)");
    }
}
