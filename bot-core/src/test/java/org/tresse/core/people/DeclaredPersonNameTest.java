package org.tresse.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.CoreServices;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/** A person declared by identity only (tresse.yml) takes the name the channel gives, but never from a forged sender. */
class DeclaredPersonNameTest {
    private static final Identity FRANK = new Identity("email", "frank@tresse.example.org");
    private Database database;
    private CoreServices core;

    @BeforeEach
    void open() {
        database = Database.inMemory("names-" + UUID.randomUUID(), List.of());
        core = CoreServices.create(database, Clock.systemUTC(),
                new CoreServices.Settings(ZoneId.of("Europe/Paris"), Language.FR, null, Backoff.DEFAULT, Duration.ofSeconds(1)));
        core.installation().install(List.of());
        database.useTransaction(handle -> core.people().grant(handle,
                core.people().resolve(handle, FRANK, FRANK.id()).id(), Role.COORDINATOR, Optional.empty()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void mail(String eventId, String name, boolean verified) {
        core.engine(conversation -> {}).receive(new Inbound("email", eventId, FRANK.id(), RoomKind.PRIVATE, FRANK, name,
                new Payload.Text("Bonjour"), Optional.empty(), verified));
    }

    private String name() {
        return database.inTransaction(handle -> core.people().findByIdentity(handle, FRANK).orElseThrow().displayName());
    }

    @Test
    void a_forged_sender_does_not_rename_the_person_it_names_and_the_real_one_does() {
        mail("m1", "Eve la faussaire", false);
        assertThat(name()).isEqualTo("frank@tresse.example.org");

        mail("m2", "Frank Delmas", true);
        assertThat(name()).isEqualTo("Frank Delmas");

        mail("m3", "Frank D.", true);
        assertThat(name()).isEqualTo("Frank Delmas");
    }
}
