package org.tresse.core.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tresse.core.CoreServices;
import org.tresse.core.SettableClock;
import org.tresse.core.decision.Decisions;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;

/** A core on a fresh in-memory database, with the poll services, for domain tests. */
final class PollFixture implements AutoCloseable {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final Destination.Room CONSOLE = new Destination.Room("console", "ana", RoomKind.PRIVATE);

    final Database database;
    final SettableClock clock = new SettableClock(Instant.parse("2024-03-02T09:00:00Z"));
    final CoreServices core;
    final Decisions decisions;
    final Polls polls;
    final SecretBallotKey key;

    PollFixture() {
        this(Database.inMemory("poll-" + UUID.randomUUID(), List.of()), SecretBallotKey.of(KEY));
    }

    /** On {@code database}, with the ballot key {@code key} (one in a data directory, for the tests of its files). */
    PollFixture(Database database, SecretBallotKey key) {
        this.database = database;
        this.key = key;
        core = CoreServices.create(database, clock, new CoreServices.Settings(ZoneId.of("Europe/Paris"), Language.FR, null,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 3), Duration.ofSeconds(1)));
        decisions = new Decisions(clock);
        polls = new Polls(clock, core.zone(), core.people(), core.groups(), core.scheduler(), decisions, key, ConsultationSink.NONE);
        core.installation().install(List.of(to -> to.mergeStep(polls::merge).mergeStep(decisions::merge)));
    }

    /** A member of the association, by name; created on first use. */
    long member(String name) {
        return database.inTransaction(handle -> {
            long id = core.people().resolve(handle, new Identity("console", name), name).id();
            core.people().grant(handle, id, Role.MEMBER, Optional.empty());
            return id;
        });
    }

    Poll open(PollKind kind, List<String> options, PollRules rules) {
        long author = member("author");
        return database.inTransaction(handle -> polls.open(handle, new PollDraft("Question ?", kind, options, Audience.members(),
                rules, Optional.of(clock.instant().plus(Duration.ofDays(3))), author, CONSOLE)).poll());
    }

    static PollRules secret() {
        return new PollRules(true, false, false, 1, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public void close() {
        database.close();
    }
}
