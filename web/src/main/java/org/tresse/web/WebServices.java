package org.tresse.web;

import java.time.Clock;
import java.util.function.Supplier;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.decision.Decisions;
import org.tresse.core.event.EventCalendar;
import org.tresse.core.event.EventProposals;
import org.tresse.core.event.Events;
import org.tresse.core.event.Rsvps;
import org.tresse.core.event.FeedTokens;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.groups.Groups;
import org.tresse.core.people.People;
import org.tresse.core.lease.Leases;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.core.voice.VoiceDesk;

/**
 * The core's services the pages read and the ballot uses, given explicitly by the app: the same
 * instances the commands use (one {@link Polls}, one {@link Decisions}); this instance's
 * {@link Leases}, for {@code /sante}; the {@link VoiceDesk} that keeps the voices of the form.
 */
public record WebServices(Database database, Clock clock, Outbox outbox, Groups groups, Polls polls, Decisions decisions,
        Announcements announcements, PersonalLinks links, Agenda agenda, Leases leases,
        VoiceDesk voices) {

    /**
     * The events' pages and feeds: the calendar, the personal tokens of the links, who is a member,
     * the events and their answers (counts only on the pages), and the partners' form.
     *
     * @param proposerKey a secret of this installation kept outside the database, the same across restarts and
     *                    instances (the app gives {@code SecretBallotKey.subkey}): the form's proposers are an HMAC
     *                    of their address under it; read at the first proposal
     */
    public record Agenda(EventCalendar calendar, FeedTokens tokens, People people, Events events, Rsvps rsvps,
            EventProposals proposals, Supplier<byte[]> proposerKey) {
        /** The purpose to derive {@link #proposerKey} for. */
        public static final String PROPOSER_KEY = "tresse web proposer address";
    }
}
