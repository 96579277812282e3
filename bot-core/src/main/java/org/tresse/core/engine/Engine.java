package org.tresse.core.engine;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Arrival;
import org.tresse.core.channel.Failures;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.lease.Lease;
import org.tresse.core.lease.Leases;
import org.tresse.core.message.Content;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/**
 * The heart of Tresse: each inbound event is handled in ONE transaction — inbound log (a
 * redelivered event does nothing), the connector's cursor, the sender, the handler's changes
 * and every reply as outbox rows — then committed. Only then does {@link #receive} return, and
 * only then may the connector acknowledge upstream.
 */
public final class Engine implements InboundSink {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private static final int ATTEMPTS = 3;

    private final Database database;
    private final InboundLog inboundLog;
    private final People people;
    private final Groups groups;
    private final Outbox outbox;
    private final I18n i18n;
    private final Clock clock;
    private final MessageHandler handler;
    private final Leases leases;
    private final EventTag tags = EventTag.random();

    public Engine(Database database, InboundLog inboundLog, People people, Groups groups, Outbox outbox, I18n i18n, Clock clock,
            MessageHandler handler, Leases leases) {
        this.database = database;
        this.inboundLog = inboundLog;
        this.people = people;
        this.groups = groups;
        this.outbox = outbox;
        this.i18n = i18n;
        this.clock = clock;
        this.handler = handler;
        this.leases = leases;
    }

    /**
     * Handles the event. Throws only a {@link StorageException} when the database could not take it
     * (the connector asks again later); any other failure, an {@link Error} included, is this
     * message's alone: it is answered generically and recorded as handled, so it never comes back.
     */
    @Override
    public Receipt receive(Inbound inbound) {
        return receive(inbound, handle -> {});
    }

    /** {@link #receive(Inbound)}, the connector's {@code alongside} bookkeeping in the same transaction. */
    @Override
    public Receipt receive(Inbound inbound, Consumer<Handle> alongside) {
        Receipt receipt;
        try {
            receipt = receiveOnce(inbound, alongside);
        } catch (StorageException e) {
            if (!hasSqlState(e, "22")) {
                throw e;
            }
            receipt = failedOutright(inbound, e);
        } catch (Throwable failure) {
            receipt = failedOutright(inbound, failure);
        }
        if (receipt != Receipt.DUPLICATE) {
            outbox.wakeUp();
        }
        return receipt;
    }

    /**
     * A batch in ONE transaction: each event as {@link #receive} does (a handler's failure or refusal
     * rolls back to its savepoint and is answered), then the cursor {@code after}; one commit for all.
     * When anything else fails on the way (the sender cannot be read, a key taken meanwhile...), the
     * whole transaction is rolled back, so nothing of the batch is committed, and each event is then
     * received alone: the failing one is answered generically and recorded, the others go through.
     */
    @Override
    public List<Receipt> receiveAll(String channel, List<Arrival> arrivals, Cursor after) {
        List<Receipt> receipts;
        try {
            receipts = database.inTransaction(handle -> {
                List<Receipt> done = new ArrayList<>(arrivals.size());
                for (Arrival arrival : arrivals) {
                    done.add(receiveIn(handle, arrival.inbound(), arrival.alongside()));
                }
                if (after != null) {
                    inboundLog.saveCursor(handle, channel, after);
                }
                return done;
            });
        } catch (Throwable failure) {
            if (Database.isLost(failure)) {
                throw failure;
            }
            log.info("A batch of {} events of {} failed as a whole ({}); each is received alone", arrivals.size(), channel,
                    Failures.summary(failure));
            return InboundSink.super.receiveAll(channel, arrivals, after);
        }
        if (receipts.stream().anyMatch(receipt -> receipt != Receipt.DUPLICATE)) {
            outbox.wakeUp();
        }
        return receipts;
    }

    /**
     * A unique key taken by a transaction committed meanwhile (SQL state class 23) is this event
     * itself, received at once by another thread or instance: a duplicate; or a row made on the
     * way, e.g. the person of a new sender whose first two messages arrive together: then again,
     * the row now found. Up to {@value #ATTEMPTS} times, then the connector asks again later.
     */
    private Receipt receiveOnce(Inbound inbound, Consumer<Handle> alongside) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(handle -> receiveIn(handle, inbound, alongside));
            } catch (StorageException e) {
                if (!hasSqlState(e, "23")) {
                    throw e;
                }
                if (database.inTransaction(handle -> inboundLog.contains(handle, inbound.channel(), inbound.eventId()))) {
                    log.debug("Event {} arrived twice at once; kept once", tags.of(inbound));
                    return Receipt.DUPLICATE;
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Event {} met a row made at the same time; handled again", tags.of(inbound));
            }
        }
    }

    private Receipt failedOutright(Inbound inbound, Throwable failure) {
        log.error("Event {} could not be handled; it is recorded as handled and answered generically: {}",
                tags.of(inbound), Failures.summary(failure), Failures.traceOf(failure));
        return database.inTransaction(handle -> recordFailed(handle, inbound));
    }

    private Receipt receiveIn(Handle handle, Inbound inbound, Consumer<Handle> alongside) {
        String event = tags.of(inbound);
        if (inboundLog.contains(handle, inbound.channel(), inbound.eventId())) {
            log.debug("Event {} already received", event);
            return Receipt.DUPLICATE;
        }
        alongside.accept(handle);
        inboundLog.handling(inbound.channel(), inbound.eventId());
        try {
            return handleIn(handle, inbound, event);
        } finally {
            inboundLog.done(inbound.channel(), inbound.eventId());
        }
    }

    private Receipt handleIn(Handle handle, Inbound inbound, String event) {
        Person person = people.resolve(handle, inbound.sender(), inbound.senderName(), inbound.verified());
        inbound.cursor().ifPresent(cursor -> inboundLog.saveCursor(handle, inbound.channel(), cursor));
        Texts texts = i18n.texts(person.language());
        Conversation conversation = new Conversation(inbound, person, handle, texts, clock.instant(), outbox,
                groups.groupOfRoom(handle, inbound.channel(), inbound.room()), people, handler);
        if (inbound.payload() instanceof Payload.Text text) {
            Optional<UserError> refusal = InputPolicy.check(text.text());
            if (refusal.isPresent()) {
                inboundLog.record(handle, inbound.channel(), inbound.eventId(), person.id());
                conversation.reply(refusal.get().message(texts));
                return Receipt.REJECTED;
            }
        }
        // neither the person nor the channel's event id in the log: the event may be an anonymous voice
        log.debug("Handling event {}", event);
        try {
            handle.withSavepoint(() -> {
                handler.handle(conversation);
                return null;
            });
        } catch (UserError refusal) {
            inboundLog.keepLinked(inbound.channel(), inbound.eventId());
            conversation.reply(refusal.message(texts));
        } catch (Throwable failure) {
            if (Database.isLost(failure)) {
                // the disk is full or the file broke: not this message's fault, it is not recorded as handled
                throw failure;
            }
            inboundLog.keepLinked(inbound.channel(), inbound.eventId());
            log.error("Handling event {} failed: {}", event, Failures.summary(failure), Failures.traceOf(failure));
            conversation.reply(texts.get("erreur.interne"));
        }
        // recorded once handled, so an anonymous voice's event is never written with its sender
        inboundLog.record(handle, inbound.channel(), inbound.eventId(), person.id());
        return Receipt.PROCESSED;
    }

    /**
     * After a failure outside the handler (reading the sender, the input policy...): the event goes
     * into the inbound log with its cursor, and its sender gets the generic answer, in the
     * association's language when the sender could not be read.
     */
    private Receipt recordFailed(Handle handle, Inbound inbound) {
        if (inboundLog.contains(handle, inbound.channel(), inbound.eventId())) {
            return Receipt.DUPLICATE;
        }
        Optional<Person> person = Optional.empty();
        try {
            person = Optional.of(handle.withSavepoint(() -> people.resolve(handle, inbound.sender(), inbound.senderName(), inbound.verified())));
        } catch (RuntimeException | Error failure) {
            log.warn("The sender of event {} could not be read either: {}", tags.of(inbound), Failures.summary(failure));
        }
        inboundLog.record(handle, inbound.channel(), inbound.eventId(), person.map(Person::id).orElse(null));
        inbound.cursor().ifPresent(cursor -> inboundLog.saveCursor(handle, inbound.channel(), cursor));
        Texts texts = i18n.texts(person.map(Person::language).orElse(null));
        Content answer = Content.notice(texts.get("erreur.interne")).replyingTo(inbound.eventId());
        try {
            handle.withSavepoint(() -> outbox.enqueue(handle,
                    new Destination.Room(inbound.channel(), inbound.room(), inbound.roomKind()), answer, null));
        } catch (RuntimeException | Error failure) {
            log.warn("Event {} could not even be answered: {}", tags.of(inbound), Failures.summary(failure));
        }
        return Receipt.PROCESSED;
    }

    /** The lease {@code intake:ACCOUNT}: held at once alone on the database, by one instance at a time when shared. */
    @Override
    public Lease intake(String account) {
        return leases.lease("intake:" + account);
    }

    @Override
    public Optional<String> cursor(String channel, String key) {
        return database.inTransaction(handle -> inboundLog.cursor(handle, channel, key));
    }

    @Override
    public void saveCursor(String channel, Cursor cursor) {
        database.useTransaction(handle -> inboundLog.saveCursor(handle, channel, cursor));
    }

    @Override
    public void roomMoved(String channel, String fromRoom, String toRoom) {
        if (database.inTransaction(handle -> groups.moveRoom(handle, channel, fromRoom, toRoom))) {
            log.info("A room of {} got a new id; its group follows", channel);
        }
    }

    /** Whether an SQL state of {@code stateClass} caused the failure: 22 (a value too long, a bad number...), 23 (a key taken). */
    private static boolean hasSqlState(Throwable failure, String stateClass) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass)) {
                return true;
            }
        }
        return false;
    }
}
