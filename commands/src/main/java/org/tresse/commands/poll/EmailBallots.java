package org.tresse.commands.poll;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.core.engine.Reach;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.MessageKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.BallotLinks;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Handle;

/**
 * Ballots by email: to each eligible person reached by email (their only channel, or the last
 * they used), answered by reply; with a personal link to the web ballot when the pages have a
 * public address ({@link BallotLinks}). A secret poll's ballot carries no link: using one leaves a
 * trace of who voted (the link's use, the page's submission) that outlives the poll's key, while a
 * reply by email leaves none.
 */
final class EmailBallots {
    private final Polls polls;
    private final People people;
    private final Reach reach;
    private final Outbox outbox;
    private final I18n i18n;
    private final Optional<BallotLinks> links;
    private final ZoneId zone;
    private final PollFormat format;

    EmailBallots(Polls polls, People people, Reach reach, Outbox outbox, I18n i18n, Optional<BallotLinks> links, ZoneId zone,
            PollFormat format) {
        this.polls = polls;
        this.people = people;
        this.reach = reach;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.zone = zone;
        this.format = format;
    }

    /**
     * A ballot in private by email, with the poll's presentation, to each eligible person who uses
     * email only or used it last and was not already shown the poll in that mailbox. A public poll has
     * no list of voters: none.
     */
    void send(Handle handle, Poll poll, List<Destination.Room> rooms, int eligible) {
        Optional<List<Long>> voters = polls.eligibleVoters(handle, poll);
        if (voters.isEmpty()) {
            return;
        }
        for (long personId : voters.get()) {
            Optional<Destination.Direct> mailbox = mailbox(handle, personId);
            if (mailbox.isEmpty() || rooms.stream().anyMatch(room -> room.channel().equals(PollPublisher.EMAIL)
                    && room.room().equalsIgnoreCase(mailbox.get().userId()))) {
                continue;
            }
            Texts texts = texts(handle, personId);
            String text = withLink(handle, texts, poll, personId, format.presentation(texts, poll, eligible));
            Content ballot = Content.of(MessageKind.BALLOT, text).withPoll(PollFormat.nativePoll(texts, poll, false)).in(texts.language());
            outbox.enqueue(handle, mailbox.get(), ballot, PollPublisher.correlation(poll, "ballot"));
        }
    }

    /** {@code text}, then the person's link to the web ballot, when there are links and the poll is not secret. */
    String withLink(Handle handle, Texts texts, Poll poll, long personId, String text) {
        if (links.isEmpty() || poll.rules().secret()) {
            return text;
        }
        BallotLinks.Link link = links.get().issue(handle, personId, poll);
        return text + "\n\n" + texts.get("bulletin.lien.web", link.url(), Dates.dateTime(texts, link.until(), zone));
    }

    /**
     * The person's email address if email is how they are reached: their only channel, or the last they used.
     * The web front door reaches nobody: its identity (made by the first personal link) does not count.
     */
    private Optional<Destination.Direct> mailbox(Handle handle, long personId) {
        List<Identity> identities = people.identities(handle, personId).stream()
                .filter(identity -> !identity.channel().equals(PersonalLinks.CHANNEL)).toList();
        Optional<Identity> email = identities.stream().filter(identity -> identity.channel().equals(PollPublisher.EMAIL)).findFirst();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        boolean emailOnly = identities.stream().allMatch(identity -> identity.channel().equals(PollPublisher.EMAIL));
        return emailOnly || reach.lastChannel(handle, personId).filter(PollPublisher.EMAIL::equals).isPresent()
                ? Optional.of(Destination.Direct.to(email.get())) : Optional.empty();
    }

    Texts texts(Handle handle, long personId) {
        return i18n.texts(people.find(handle, personId).map(Person::language).orElse(null));
    }
}
