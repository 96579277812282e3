package org.tresse.commands.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/**
 * Issue 12, item 8: {@code --groupe cafe --groupe=bureau} let the role check read the first group
 * and the command act on the last. A single-valued option given twice is an error, and the check
 * reads the value the command acts on.
 */
@StoreTest
class GroupRoleEscalationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database())
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                }))
                .build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
        console.say("bob", "/moi");
        grant("bob", Role.ADMIN, "cafe");
        console.say("cyd", "/moi");
        grant("cyd", Role.MEMBER, "cafe");
    }

    @Test
    void an_admin_of_cafe_cannot_make_himself_admin_of_the_bureau_by_repeating_the_group() {
        console.say("bob", "/role console:bob admin --groupe cafe --groupe=bureau");
        assertThat(console.lastReplyTo("bob")).startsWith("L’option --groupe est écrite deux fois");
        console.say("bob", "/role console:bob admin --groupe=cafe --group bureau");
        assertThat(console.lastReplyTo("bob")).startsWith("L’option --groupe est écrite deux fois");
        console.say("bob", "/role console:bob admin --groupe=bureau");
        assertThat(console.lastReplyTo("bob")).contains("est réservé au rôle");
        assertThat(holds("bob", Role.ADMIN, "bureau")).isFalse();
    }

    @Test
    void a_member_of_cafe_cannot_open_a_bureau_poll() {
        console.say("cyd", "/sondage \"Changer la serrure ?\" oui non --groupe cafe --groupe=bureau");
        assertThat(console.lastReplyTo("cyd")).startsWith("L’option --groupe est écrite deux fois");
        console.say("cyd", "/sondage \"Changer la serrure ?\" oui non --groupe=bureau");
        assertThat(console.lastReplyTo("cyd")).contains("est réservé au rôle");
        long polls = tresse.core().database().inTransaction(handle -> handle.count("select count(*) from poll"));
        assertThat(polls).isZero();
        console.say("cyd", "/sondage \"Ouvrir le dimanche ?\" oui non --groupe=cafe");
        assertThat(console.lastReplyTo("cyd")).contains("n°1");
    }

    @Test
    void a_resident_who_miswrites_an_admin_command_hears_it_is_not_for_them() {
        console.say("dan", "/role console:dan admin --groupe cafe --groupe bureau");
        assertThat(console.lastReplyTo("dan")).contains("est réservé au rôle");
    }

    private void grant(String user, Role role, String group) {
        tresse.core().database().useTransaction(handle -> tresse.core().people().grant(handle,
                tresse.core().people().findByIdentity(handle, new Identity("console", user)).orElseThrow().id(), role, Optional.of(group)));
    }

    private boolean holds(String user, Role role, String group) {
        return tresse.core().database().inTransaction(handle -> tresse.core().people().hasRole(handle,
                tresse.core().people().findByIdentity(handle, new Identity("console", user)).orElseThrow().id(), role, Optional.of(group)));
    }
}
