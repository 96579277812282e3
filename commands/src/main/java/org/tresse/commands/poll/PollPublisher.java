package org.tresse.commands.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.Reach;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.MessageKind;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.poll.BallotLinks;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;
import org.tresse.core.text.Truncation;

/**
 * What a poll says to rooms and people: its presentation where it was created and in its group's
 * rooms, a tally kept up to date (at most every 30 s, only where the channel can edit), its
 * result at close, reminders in private, ballots to those reached by email ({@link EmailBallots}).
 * Hidden results are never part of any of it.
 */
final class PollPublisher {
    static final Duration TALLY_INTERVAL = Duration.ofSeconds(30);
    /** The channel whose private polls are ballots answered by reply (its connector adds a reply token). */
    static final String EMAIL = "email";

    private final Polls polls;
    private final People people;
    private final Groups groups;
    private final Reach reach;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final I18n i18n;
    private final Channels channels;
    private final Clock clock;
    private final ZoneId zone;
    private final PollFormat format;
    private final EmailBallots ballots;

    /** @param ballotLinks personal links to the web ballot for the ballots sent by email, when the pages have a public address */
    PollPublisher(Polls polls, People people, Groups groups, Reach reach, Outbox outbox, Scheduler scheduler, I18n i18n,
            Channels channels, Clock clock, ZoneId zone, Optional<BallotLinks> ballotLinks) {
        this.polls = polls;
        this.people = people;
        this.groups = groups;
        this.reach = reach;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.i18n = i18n;
        this.channels = channels;
        this.clock = clock;
        this.zone = zone;
        this.format = new PollFormat(zone);
        this.ballots = new EmailBallots(polls, people, reach, outbox, i18n, ballotLinks, zone, format);
    }

    PollFormat format() {
        return format;
    }

    static String correlation(Poll poll, String what) {
        return "poll:" + poll.key() + (what.isEmpty() ? "" : ":" + what);
    }

    /**
     * Presents a new poll where it was created and in its group's rooms, and sends a ballot by email
     * to the eligible persons those rooms do not reach; returns the rooms.
     */
    List<Destination.Room> present(Handle handle, Poll poll, Texts authorTexts, int eligible) {
        List<Destination.Room> rooms = new ArrayList<>();
        rooms.add(poll.origin());
        poll.audience().group().ifPresent(group -> {
            for (Groups.AttachedRoom attached : groups.rooms(handle, group)) {
                Destination.Room room = new Destination.Room(attached.channel(), attached.roomId(), RoomKind.GROUP);
                if (rooms.stream().noneMatch(known -> known.channel().equals(room.channel()) && known.room().equals(room.room()))) {
                    rooms.add(room);
                }
            }
        });
        for (Destination.Room room : rooms) {
            Texts texts = room.equals(poll.origin()) && room.kind() == RoomKind.PRIVATE ? authorTexts : roomTexts();
            Content content = Content.of(kindIn(room), format.presentation(texts, poll, eligible)).withPoll(PollFormat.nativePoll(texts, poll, false));
            ChannelCapabilities capabilities = capabilities(room.channel());
            if (capabilities.buttons() && !capabilities.nativePolls() && PollFormat.nativePoll(texts, poll, false).isChoice()) {
                content = content.withButtons(buttons(texts, poll));
            }
            outbox.enqueue(handle, room, content, correlation(poll, ""));
            polls.presentedIn(handle, poll, room);
        }
        ballots.send(handle, poll, rooms, eligible);
        return rooms;
    }

    /**
     * The poll for one person in private (a deep link, a poster's code): its presentation as a
     * ballot, shown natively or with buttons where the channel can, answered by reply by email.
     */
    Content ballot(Texts texts, Poll poll, String channel, int eligible) {
        Content content = Content.of(MessageKind.BALLOT, format.presentation(texts, poll, eligible))
                .withPoll(PollFormat.nativePoll(texts, poll, false)).in(texts.language());
        ChannelCapabilities capabilities = capabilities(channel);
        if (capabilities.buttons() && !capabilities.nativePolls() && PollFormat.nativePoll(texts, poll, false).isChoice()) {
            content = content.withButtons(buttons(texts, poll));
        }
        return content;
    }

    private static List<List<Button>> buttons(Texts texts, Poll poll) {
        List<List<Button>> rows = new ArrayList<>();
        List<String> options = PollFormat.options(texts, poll);
        for (int index = 0; index < options.size(); index++) {
            String label = Truncation.truncate(options.get(index), 60);
            rows.add(List.of(new Button((index + 1) + ". " + label, "v:" + poll.key() + ":" + (index + 1))));
        }
        return rows;
    }

    /** After a vote: the group rooms' tally, now if the last one is 30 s old, else a little later. */
    void voteRecorded(Handle handle, Poll poll) {
        if (!poll.resultsVisible() || editableGroupRooms(handle, poll).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (poll.rules().secret()) {
            // a secret tally moves in batches: shown when one is due, else when the next may be
            polls.nextLiveMove(handle, poll).ifPresent(due -> {
                if (!now.isBefore(due)) {
                    showTally(handle, poll);
                } else if (scheduler.pending(handle, Polls.TALLY_JOB, poll.key()).isEmpty()) {
                    scheduler.schedule(handle, Polls.TALLY_JOB, poll.key(), due);
                }
            });
            return;
        }
        Optional<Instant> last = polls.tallyShownAt(handle, poll);
        if (last.isEmpty() || !now.isBefore(last.get().plus(TALLY_INTERVAL))) {
            showTally(handle, poll);
        } else if (scheduler.pending(handle, Polls.TALLY_JOB, poll.key()).isEmpty()) {
            scheduler.schedule(handle, Polls.TALLY_JOB, poll.key(), last.get().plus(TALLY_INTERVAL));
        }
    }

    /** Posts or edits the tally message in each group room whose channel can edit. */
    void showTally(Handle handle, Poll poll) {
        if (!poll.isOpen() || !poll.resultsVisible()) {
            return;
        }
        Optional<Instant> shownBefore = polls.tallyShownAt(handle, poll);
        String text = ResultFormat.format(roomTexts(), poll, polls.result(handle, poll), false, polls.roomVotes(handle, poll));
        if (poll.rules().secret() && shownBefore.isPresent()
                && polls.liveMovedAt(handle, poll).filter(moved -> moved.isAfter(shownBefore.get())).isEmpty()) {
            return; // the batched tally did not move: nothing new to show
        }
        for (Destination.Room room : editableGroupRooms(handle, poll)) {
            Content content = Content.broadcast(text);
            Optional<String> sent = outbox.remoteId(handle, correlation(poll, "tally"), room);
            outbox.enqueue(handle, room, sent.map(content::editing).orElse(content), correlation(poll, "tally"));
        }
        polls.tallyShown(handle, poll, clock.instant());
    }

    /** Reminds eligible persons who have not voted yet, in private, each in their language. */
    int remind(Handle handle, Poll poll) {
        List<Long> eligible = polls.eligibleVoters(handle, poll)
                .orElseGet(() -> people.withRole(handle, Role.MEMBER, Optional.empty()));
        Set<Long> voted = polls.voted(handle, poll, eligible);
        int reminded = 0;
        for (long personId : eligible) {
            if (voted.contains(personId)) {
                continue;
            }
            Optional<Destination.Direct> where = reach.privately(handle, personId);
            if (where.isEmpty()) {
                continue;
            }
            Texts texts = personTexts(handle, personId);
            String deadline = poll.closesAt().map(at -> Dates.dateTime(texts, at, zone)).orElse("");
            String text = texts.get("rappel.texte", poll.key(), Markup.literal(poll.question()), deadline) + "\n" + format.howToVote(texts, poll);
            Content content = Content.notice(text).in(texts.language());
            if (where.get().channel().equals(EMAIL)) {
                content = Content.of(MessageKind.BALLOT, ballots.withLink(handle, texts, poll, personId, text))
                        .withPoll(PollFormat.nativePoll(texts, poll, false)).in(texts.language());
            }
            outbox.enqueue(handle, where.get(), content, correlation(poll, "reminder"));
            reminded++;
        }
        return reminded;
    }

    private List<Destination.Room> editableGroupRooms(Handle handle, Poll poll) {
        return polls.rooms(handle, poll).stream()
                .filter(room -> room.kind() == RoomKind.GROUP && capabilities(room.channel()).editing())
                .toList();
    }

    /** Many read a group room: a broadcast; the author's private room: a personal notice. */
    static MessageKind kindIn(Destination.Room room) {
        return room.kind() == RoomKind.GROUP ? MessageKind.BROADCAST : MessageKind.NOTICE;
    }

    ChannelCapabilities capabilities(String channel) {
        return channels.capabilitiesOrPlain(channel);
    }

    Texts roomTexts() {
        return i18n.texts(i18n.defaultLanguage());
    }

    Texts personTexts(Handle handle, long personId) {
        return ballots.texts(handle, personId);
    }
}
