package org.tresse.commands.people;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.tresse.commands.WithCommands;
import org.tresse.core.message.Identity;
import org.tresse.core.people.LinkCodes;
import org.tresse.core.people.Role;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/**
 * Issue 12, item 9: whoever redeemed a code was merged at once into its owner, roles and all (an
 * admin typing an attacker's code made the attacker admin), and codes could be tried without limit.
 */
@StoreTest
class LinkingTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LinkCodes.class);

    @BeforeEach
    void start() {
        logs.start();
        logger.addAppender(logs);
        tresse = WithCommands.tresse(db.database()).channels("console", "telegram").build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        telegram.say("666", "/moi");
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logs);
    }

    @Test
    void an_admin_typing_someone_elses_code_sees_both_sides_a_loud_warning_and_nothing_is_merged_until_confirmed() {
        telegram.say("666", "/lier");
        String code = code(telegram.lastReplyTo("666"));

        console.say("ana", "/lier " + code);
        assertThat(console.lastReplyTo("ana")).contains("ici : ana (console:ana) — rôles : admin")
                .contains("le compte du code : 666 (telegram:666) — rôles : habitant·e")
                .contains("⚠️ ATTENTION : vous avez ici des rôles que le compte du code n’a pas (admin)")
                .contains("/lier " + code + " oui");
        assertThat(holdsAdmin("telegram", "666")).isFalse();
        assertThat(identities("console", "ana")).isEqualTo(1);

        console.say("ana", "/lier " + code + " oui");
        assertThat(console.lastReplyTo("ana")).contains("vos comptes sont reliés");
        assertThat(identities("console", "ana")).isEqualTo(2);
    }

    @Test
    void the_warning_also_tells_the_less_privileged_side_what_it_would_gain() {
        console.say("ana", "/lier");
        String code = code(console.lastReplyTo("ana"));
        telegram.say("666", "/lier " + code);
        assertThat(telegram.lastReplyTo("666")).contains("Le compte du code a des rôles que vous n’avez pas ici (admin)");
        telegram.say("666", "/lier " + code + " peut-être");
        assertThat(telegram.lastReplyTo("666")).contains("/lier CODE oui");
        assertThat(holdsAdmin("telegram", "666")).isFalse();
    }

    @Test
    void five_wrong_codes_an_hour_then_even_the_right_one_waits_and_each_refusal_is_logged() {
        console.say("ana", "/lier");
        String code = code(console.lastReplyTo("ana"));
        for (int attempt = 0; attempt < LinkCodes.MAX_FAILURES_PER_IDENTITY; attempt++) {
            telegram.say("666", "/lier ZZZZZ" + attempt);
            assertThat(telegram.lastReplyTo("666")).contains("inconnu ou a expiré");
        }
        telegram.say("666", "/lier " + code);
        assertThat(telegram.lastReplyTo("666")).startsWith("Trop de codes faux").contains("60 minutes");
        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(LinkCodes.MAX_FAILURES_PER_IDENTITY + 1)
                .noneMatch(event -> event.getFormattedMessage().contains(code) || event.getFormattedMessage().contains("666"));
        // another identity is not blocked by this one's slips
        telegram.say("777", "/lier " + code);
        assertThat(telegram.lastReplyTo("777")).contains("relierait");
        tresse.clock().advance(Duration.ofMinutes(61));
        console.say("ana", "/lier");
        telegram.say("666", "/lier " + code(console.lastReplyTo("ana")));
        assertThat(telegram.lastReplyTo("666")).contains("relierait");
    }

    @Test
    void a_code_looked_at_too_often_by_other_accounts_is_burnt() {
        console.say("ana", "/lier");
        String code = code(console.lastReplyTo("ana"));
        for (int look = 0; look < LinkCodes.MAX_USES; look++) {
            telegram.say("70" + look, "/lier " + code);
            assertThat(telegram.lastReplyTo("70" + look)).contains("relierait");
        }
        telegram.say("666", "/lier " + code + " oui");
        assertThat(telegram.lastReplyTo("666")).contains("inconnu ou a expiré");
        assertThat(identities("console", "ana")).isEqualTo(1);
    }

    private static String code(String reply) {
        return reply.replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
    }

    private boolean holdsAdmin(String channel, String user) {
        return tresse.core().database().inTransaction(handle -> tresse.core().people().hasRole(handle,
                tresse.core().people().findByIdentity(handle, new Identity(channel, user)).orElseThrow().id(), Role.ADMIN, Optional.empty()));
    }

    private long identities(String channel, String user) {
        return tresse.core().database().inTransaction(handle -> tresse.core().people().identities(handle,
                tresse.core().people().findByIdentity(handle, new Identity(channel, user)).orElseThrow().id()).size());
    }
}
