package org.tresse.commands.poll;

import java.util.List;
import java.util.Optional;
import org.tresse.core.engine.Reach;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Person;
import org.tresse.core.poll.ClosedPoll;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.store.Handle;

/**
 * How a poll's end is told: its result (or its cancellation) where it was presented, to those who
 * got a ballot by email, and to each voter where they voted.
 */
final class ResultPublisher {
    private final Polls polls;
    private final People people;
    private final Reach reach;
    private final Outbox outbox;
    private final I18n i18n;
    private final PollPublisher publisher;

    ResultPublisher(Polls polls, People people, Reach reach, Outbox outbox, I18n i18n, PollPublisher publisher) {
        this.polls = polls;
        this.people = people;
        this.reach = reach;
        this.outbox = outbox;
        this.i18n = i18n;
        this.publisher = publisher;
    }

    /**
     * The final result, in every room the poll was presented in (a tally message becomes the
     * result), in the mailbox of each person who got a ballot by email, and to each voter where
     * they voted, unless the result reached them already there (a room of that channel, their own
     * private room) or they closed the poll themselves ({@code closer}).
     */
    void closed(Handle handle, ClosedPoll closed, Optional<Long> closer) {
        Poll poll = closed.poll();
        Optional<RoomVotes> counted = polls.roomVotes(handle, poll);
        List<Destination.Room> rooms = polls.rooms(handle, poll);
        for (Destination.Room room : rooms) {
            Texts texts = room.equals(poll.origin()) && room.kind() == RoomKind.PRIVATE ? publisher.personTexts(handle, poll.authorId()) : publisher.roomTexts();
            String text = resultText(texts, closed, counted);
            outbox.enqueue(handle, room, Content.of(PollPublisher.kindIn(room), text).withPoll(PollFormat.nativePoll(texts, poll, true)), PollPublisher.correlation(poll, "result"));
            if (room.kind() == RoomKind.GROUP && publisher.capabilities(room.channel()).editing()) {
                outbox.remoteId(handle, PollPublisher.correlation(poll, "tally"), room).ifPresent(remoteId ->
                        outbox.enqueue(handle, room, Content.broadcast(text).editing(remoteId), PollPublisher.correlation(poll, "tally")));
            }
        }
        List<String> ballotMailboxes = outbox.recipients(handle, PollPublisher.EMAIL, List.of(PollPublisher.correlation(poll, "ballot"), PollPublisher.correlation(poll, "reminder")));
        for (String address : ballotMailboxes) {
            if (rooms.stream().anyMatch(room -> room.channel().equals(PollPublisher.EMAIL) && room.room().equalsIgnoreCase(address))) {
                continue;
            }
            Texts texts = i18n.texts(people.findByIdentity(handle, new Identity(PollPublisher.EMAIL, address))
                    .map(Person::language).orElse(null));
            outbox.enqueue(handle, new Destination.Direct(PollPublisher.EMAIL, address),
                    Content.notice(resultText(texts, closed, counted)).in(texts.language()), PollPublisher.correlation(poll, "result"));
        }
        closed.voters().forEach((voter, channel) -> {
            if (closer.filter(id -> id == voter).isPresent()) {
                return;
            }
            voterDestination(handle, voter, channel)
                    .filter(direct -> !direct.channel().equals(PollPublisher.EMAIL) || ballotMailboxes.stream().noneMatch(direct.userId()::equalsIgnoreCase))
                    .filter(direct -> rooms.stream().noneMatch(room -> room.channel().equals(direct.channel())
                            && (room.kind() == RoomKind.GROUP || room.room().equals(direct.userId()))))
                    .ifPresent(direct -> {
                        Texts texts = publisher.personTexts(handle, voter);
                        outbox.enqueue(handle, direct, Content.notice(resultText(texts, closed, counted)).in(texts.language()),
                                PollPublisher.correlation(poll, "result"));
                    });
        });
    }

    /**
     * Where a voter hears the result: the channel they voted from, else where they are reached in private
     * (a vote from the web pages, which write to nobody in private, hears it there).
     */
    private Optional<Destination.Direct> voterDestination(Handle handle, long voter, String channel) {
        if (channel != null && !channel.equals(PersonalLinks.CHANNEL)) {
            Optional<Identity> there = people.identities(handle, voter).stream()
                    .filter(identity -> identity.channel().equals(channel)).findFirst();
            if (there.isPresent()) {
                return Optional.of(Destination.Direct.to(there.get()));
            }
        }
        return reach.privately(handle, voter);
    }

    /** A cancelled poll: said where it was presented and to those who got a ballot; no result. */
    void cancelled(Handle handle, Poll poll, String by) {
        String reason = poll.cancellation().map(cancellation -> cancellation.reason()).orElse("");
        for (Destination.Room room : polls.rooms(handle, poll)) {
            Texts texts = room.equals(poll.origin()) && room.kind() == RoomKind.PRIVATE ? publisher.personTexts(handle, poll.authorId()) : publisher.roomTexts();
            outbox.enqueue(handle, room, Content.of(PollPublisher.kindIn(room), texts.get("sondage.annule", poll.key(), Markup.literal(poll.question()), Markup.literal(by), Markup.literal(reason))),
                    PollPublisher.correlation(poll, "result"));
        }
        for (String address : outbox.recipients(handle, PollPublisher.EMAIL, List.of(PollPublisher.correlation(poll, "ballot"), PollPublisher.correlation(poll, "reminder")))) {
            Texts texts = i18n.texts(people.findByIdentity(handle, new Identity(PollPublisher.EMAIL, address)).map(Person::language).orElse(null));
            outbox.enqueue(handle, new Destination.Direct(PollPublisher.EMAIL, address),
                    Content.notice(texts.get("sondage.annule", poll.key(), Markup.literal(poll.question()), Markup.literal(by), Markup.literal(reason))).in(texts.language()),
                    PollPublisher.correlation(poll, "result"));
        }
    }

    /** The final result, with the part counted in a room if any. */
    static String resultText(Texts texts, ClosedPoll closed, Optional<RoomVotes> counted) {
        String text = ResultFormat.format(texts, closed.poll(), closed.result(), false, counted);
        if (closed.decision().isPresent()) {
            text += "\n" + texts.get("resultats.decision", closed.decision().get().id());
        } else if (closed.result().voters() > 0) {
            text += "\n" + texts.get("resultats.inscrire", closed.poll().key());
        }
        return text;
    }
}
