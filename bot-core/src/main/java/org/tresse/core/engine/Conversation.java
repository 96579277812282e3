package org.tresse.core.engine;

import java.time.Instant;
import java.util.Optional;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * One inbound event being handled, inside its transaction: who wrote, where, and how to answer.
 * Everything sent through it is an outbox row of the same transaction.
 */
public final class Conversation {
    private final Inbound inbound;
    private final Person person;
    private final Handle handle;
    private final Texts texts;
    private final Instant now;
    private final Outbox outbox;
    private final Optional<String> roomGroup;
    private final People people;
    private final MessageHandler handler;

    Conversation(Inbound inbound, Person person, Handle handle, Texts texts, Instant now, Outbox outbox, Optional<String> roomGroup,
            People people, MessageHandler handler) {
        this.inbound = inbound;
        this.person = person;
        this.handle = handle;
        this.texts = texts;
        this.now = now;
        this.outbox = outbox;
        this.roomGroup = roomGroup;
        this.people = people;
        this.handler = handler;
    }

    public Inbound inbound() {
        return inbound;
    }

    public Person person() {
        return person;
    }

    public Handle handle() {
        return handle;
    }

    public Texts texts() {
        return texts;
    }

    /** The time the event is handled at, from the engine's clock. */
    public Instant now() {
        return now;
    }

    /** The group the room is attached to, if any. */
    public Optional<String> roomGroup() {
        return roomGroup;
    }

    /**
     * Whether the person may act as {@code role} here: they hold it everywhere or in
     * {@code group}, and the channel vouches for them (an unverified email acts as a resident).
     */
    public boolean hasRole(Role role, Optional<String> group) {
        if (role == Role.RESIDENT) {
            return true;
        }
        return inbound.verified() && people.hasRole(handle, person.id(), role, group);
    }

    /**
     * Whether the person holds {@code role} here, whatever the channel says of the sender: never a
     * permission, only whether asking an unverified sender to prove who they are makes sense.
     */
    public boolean holdsRole(Role role, Optional<String> group) {
        return role == Role.RESIDENT || people.hasRole(handle, person.id(), role, group);
    }

    /**
     * Whether the person holds {@code role} in the whole association or in at least one group: who
     * could use a command somewhere (told how to write it) rather than nowhere (told it is not theirs).
     */
    public boolean holdsRoleSomewhere(Role role) {
        return role == Role.RESIDENT
                || people.grants(handle, person.id()).stream().anyMatch(grant -> grant.role().includes(role));
    }

    /**
     * The same conversation once the sender has proven who they are by a confirmation round trip
     * (a one-use token only their mailbox received), now saying {@code text}, the command they
     * confirm. Only the confirmation feature calls it.
     */
    public Conversation confirmed(String text) {
        Inbound proven = new Inbound(inbound.channel(), inbound.eventId(), inbound.room(), inbound.roomKind(),
                inbound.sender(), inbound.senderName(), new Payload.Text(text), inbound.cursor(), true);
        return new Conversation(proven, person, handle, texts, now, outbox, roomGroup, people, handler);
    }

    /**
     * Handles {@code text} as the engine would, in this transaction, as {@link #confirmed} by the
     * sender, under a savepoint of its own: its refusal is answered and undoes only what it wrote.
     */
    public void handleConfirmed(String text) {
        Conversation proven = confirmed(text);
        try {
            handle.withSavepoint(() -> {
                handler.handle(proven);
                return null;
            });
        } catch (UserError refusal) {
            reply(refusal.message(texts));
        }
    }

    /** The person's language: the one their answers are written in. */
    public Language language() {
        return texts.language();
    }

    /** A text in the person's language. */
    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /**
     * Answers where the message was written, as a reply to it: a channel quotes it where that
     * helps (a group chat), threads it (email), or ignores it (a private chat).
     */
    public void reply(String text) {
        reply(Content.notice(text));
    }

    public void reply(Content content) {
        outbox.enqueue(handle, hereDestination(), inTheirLanguage(content).replyingTo(inbound.eventId()), null);
    }

    /** Answers the person alone: in private even when they wrote in a group. */
    public void replyPrivately(String text) {
        replyPrivately(Content.notice(text));
    }

    public void replyPrivately(Content content) {
        if (inbound.isPrivate()) {
            outbox.enqueue(handle, hereDestination(), inTheirLanguage(content).replyingTo(inbound.eventId()), null);
        } else {
            outbox.enqueue(handle, Destination.Direct.to(inbound.sender()), inTheirLanguage(content), null);
        }
    }

    /** An answer is written in the person's language: the channel's own words around it (a mail's footer) too. */
    private Content inTheirLanguage(Content content) {
        return content.language() != null ? content : content.in(texts.language());
    }

    /** Sends elsewhere; {@code correlation} groups rows for delivery reports and edits (may be null). */
    public long send(Destination destination, Content content, String correlation) {
        return outbox.enqueue(handle, destination, content, correlation);
    }

    /** The room the message was written in, as a destination. */
    public Destination.Room hereDestination() {
        return new Destination.Room(inbound.channel(), inbound.room(), inbound.roomKind());
    }
}
