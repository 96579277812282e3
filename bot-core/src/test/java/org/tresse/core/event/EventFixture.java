package org.tresse.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.tresse.core.CoreServices;
import org.tresse.core.SettableClock;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;

/** A core on a fresh in-memory database with the event services, for domain tests; Saturday 2 March 2024, 10:00 in Lalbenque. */
final class EventFixture implements AutoCloseable {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Place VAYSSADE = new Place("La Vayssade", Optional.of("46230 Lalbenque"), OptionalInt.of(40));

    final Database database = Database.inMemory("event-" + UUID.randomUUID(), List.of());
    final SettableClock clock = new SettableClock(Instant.parse("2024-03-02T09:00:00Z"));
    final CoreServices core = CoreServices.create(database, clock, new CoreServices.Settings(PARIS, Language.FR, null,
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 3), Duration.ofSeconds(1)));
    final EventRules rules = EventRules.defaults().withPlaces(List.of(VAYSSADE, Place.named("rue du Paradis")))
            .withPartners(List.of(new Partner("comite-fetes", "Comité des fêtes", Optional.of(new Identity("email", "comite@example.org")))));
    final Rsvps rsvps = new Rsvps(clock, PARIS, core.people());
    final EventReminders reminders = new EventReminders(clock, PARIS, core.scheduler(), rules);
    final Events events = new Events(clock, PARIS, rules, rsvps, reminders);
    final EventCalendar calendar = new EventCalendar(clock, PARIS, rules, events, Optional.of("https://la-tresse.example.org"));

    EventFixture() {
        core.installation().install(List.of());
    }

    long member(String name) {
        return database.inTransaction(handle -> {
            long id = core.people().resolve(handle, new Identity("console", name), name).id();
            core.people().grant(handle, id, Role.MEMBER, Optional.empty());
            return id;
        });
    }

    Event create(String title, LocalDateTime start, Optional<String> repeats, boolean open) {
        long author = member("ana");
        Optional<Recurrence> rule = repeats.map(text -> RecurrenceReader.read(text, clock.instant(), PARIS).rule());
        return database.inTransaction(handle -> events.create(handle, new EventDraft(title, Optional.empty(), Optional.empty(),
                Optional.of("La Vayssade"), start, Duration.ofHours(2), rule, OptionalInt.empty(), open, Optional.empty(), false, author,
                Optional.empty())));
    }

    @Override
    public void close() {
        database.close();
    }
}
