package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.connector.telegram.internal.KnownChats;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class KnownChatsTest {
    private static final long CAFE = -1001234567890L;
    private static final long OLD_RESSOURCERIE = -4012345678L;
    private static final long NEW_RESSOURCERIE = -1009876543210L;
    private static final long CHORALE = -1005555555555L;

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private LogCapture logs;

    @BeforeEach
    void setUp() {
        logs = new LogCapture();
    }

    @AfterEach
    void tearDown() {
        logs.close();
    }

    private KnownChats known(Set<Long> rooms) {
        KnownChats known = new KnownChats(rooms, db.database(), Clock.systemUTC());
        known.load();
        return known;
    }

    @Test
    void onlyTheConfiguredGroupsAreAccepted() {
        KnownChats known = known(Set.of(CAFE, OLD_RESSOURCERIE));

        assertThat(known.acceptsEveryGroup()).isFalse();
        assertThat(known.acceptsGroup(CAFE, "Café associatif")).isTrue();
        assertThat(known.acceptsGroup(OLD_RESSOURCERIE, "Ressourcerie")).isTrue();
        assertThat(known.acceptsGroup(CHORALE, "Chorale du village")).isFalse();
    }

    @Test
    void withNoRoomConfiguredEveryGroupIsAccepted() {
        KnownChats known = known(Set.of());

        assertThat(known.acceptsEveryGroup()).isTrue();
        assertThat(known.acceptsGroup(CHORALE, "Chorale du village")).isTrue();
        assertThat(known.acceptsGroup(CHORALE, "Chorale du village")).isTrue();
        assertThat(logs.events()).noneMatch(event -> event.getFormattedMessage().contains("not in channels.telegram.rooms"));
        assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.INFO)
                .extracting(event -> event.getFormattedMessage())
                .filteredOn(message -> message.contains("because no room is configured"))
                .containsExactly("Telegram group -1005555555555 \"Chorale du village\" is listened to because no room is "
                        + "configured (add chat: -1005555555555 to channels.telegram.rooms to attach it to a group)");
    }

    @Test
    void anUnknownGroupIsLoggedOnceAtInfoWithItsIdAndTitle() {
        KnownChats known = known(Set.of(CAFE));

        known.acceptsGroup(CHORALE, "Chorale du village");
        known.acceptsGroup(CHORALE, "Chorale du village");
        known.acceptsGroup(CHORALE, "Chorale du village");
        known.acceptsGroup(-4098765432L, "Jardin partagé");

        assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.INFO)
                .extracting(event -> event.getFormattedMessage())
                .filteredOn(message -> message.contains("not in channels.telegram.rooms"))
                .containsExactly(
                        "Telegram group -1005555555555 \"Chorale du village\" is not in channels.telegram.rooms: its messages "
                                + "are ignored (add chat: -1005555555555 to the rooms to attach it)",
                        "Telegram group -4098765432 \"Jardin partagé\" is not in channels.telegram.rooms: its messages "
                                + "are ignored (add chat: -4098765432 to the rooms to attach it)");
    }

    @Test
    void aTitleWithLineBreaksStaysOnOneLogLine() {
        KnownChats known = known(Set.of(CAFE));

        known.acceptsGroup(CHORALE, "Chorale\nINFO fake line\r\tdu village");

        assertThat(logs.events()).anyMatch(event -> event.getFormattedMessage().contains("\"Chorale INFO fake line  du village\""));
        assertThat(logs.events()).noneMatch(event -> event.getFormattedMessage().contains("\n"));
    }

    @Test
    void aConfiguredGroupUpgradedToASupergroupStaysKnownUnderItsNewId() {
        KnownChats known = known(Set.of(OLD_RESSOURCERIE));
        assertThat(known.acceptsGroup(NEW_RESSOURCERIE, "Ressourcerie")).isFalse();

        known.migrate(OLD_RESSOURCERIE, NEW_RESSOURCERIE);
        known.migrate(OLD_RESSOURCERIE, NEW_RESSOURCERIE);

        assertThat(known.acceptsGroup(NEW_RESSOURCERIE, "Ressourcerie")).isTrue();
        long migrations = db.database().inTransaction(handle -> handle.count("select count(*) from telegram_chat_migration"));
        assertThat(migrations).isEqualTo(1);
    }

    @Test
    void theMigrationIsRememberedAcrossARestartWithTheOldIdStillConfigured() {
        known(Set.of(OLD_RESSOURCERIE)).migrate(OLD_RESSOURCERIE, NEW_RESSOURCERIE);

        KnownChats afterRestart = known(Set.of(OLD_RESSOURCERIE));

        assertThat(afterRestart.acceptsGroup(NEW_RESSOURCERIE, "Ressourcerie")).isTrue();
    }

    @Test
    void theMigrationOfAnUnknownGroupDoesNotMakeItKnown() {
        KnownChats known = known(Set.of(CAFE));

        known.migrate(OLD_RESSOURCERIE, NEW_RESSOURCERIE);

        assertThat(known.acceptsGroup(NEW_RESSOURCERIE, "Ressourcerie")).isFalse();
        assertThat(known(Set.of(CAFE)).acceptsGroup(NEW_RESSOURCERIE, "Ressourcerie")).isFalse();
    }
}
