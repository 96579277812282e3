package org.tresse.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.AudienceSpec;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.decision.Decisions;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.Audience;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollDraft;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceSource;
import org.tresse.core.voice.Voices;
import org.tresse.testkit.MutableClock;

/**
 * A busy year of a village association in the store, through the domain services: 60 members and
 * 400 residents on Telegram and email, 200 polls (a tenth still open, a fifth secret, some
 * consultations) voted by about 60 % of those who may, 10,000 voices of which 30 % answered,
 * 50 announcements to 300 people each, and the replies and events around them.
 */
final class AYearOfTresse {
    static final Instant NEW_YEAR = Instant.parse("2024-01-01T08:00:00Z");
    static final ZoneId VILLAGE = ZoneId.of("Europe/Paris");
    private static final List<String> THEMES = List.of("cafe", "ressourcerie", "coworking", "marche", "enfants", "bruit", "voirie",
            "fete", "jardin", "mobilite", "culture", "alimentation");

    final MutableClock clock = new MutableClock(NEW_YEAR);
    final CoreServices core;
    final Polls polls;
    final Decisions decisions;
    final Voices voices;
    private final Random random = new Random(2024);
    private final List<Long> members = new ArrayList<>();
    private final List<Long> residents = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();

    AYearOfTresse(Database database, Path dataDirectory) {
        Assembled tresse = BenchTresse.on(database, clock, dataDirectory, null, Backoff.DEFAULT, List.of());
        core = tresse.core();
        decisions = tresse.features().decisions();
        polls = tresse.features().polls();
        voices = tresse.features().voices();
    }

    static AYearOfTresse of(Database database, Path dataDirectory) {
        AYearOfTresse year = new AYearOfTresse(database, dataDirectory);
        database.useTransaction(year::people);
        for (int poll = 0; poll < 200; poll++) {
            int number = poll;
            database.useTransaction(handle -> year.poll(handle, number));
        }
        for (int batch = 0; batch < 100; batch++) {
            database.useTransaction(handle -> year.voices(handle, 100));
        }
        for (int announcement = 0; announcement < 50; announcement++) {
            int number = announcement;
            database.useTransaction(handle -> year.announcement(handle, number));
        }
        database.useTransaction(year::traffic);
        year.clock.set(Instant.parse("2025-01-02T08:00:00Z"));
        return year;
    }

    private void people(Handle handle) {
        for (String slug : List.of("cafe", "ressourcerie", "coworking", "bureau")) {
            core.groups().define(handle, new Group(slug, slug, true));
            core.groups().attachRoom(handle, "telegram", "-100" + slug, slug);
        }
        for (int index = 0; index < 460; index++) {
            Identity identity = index % 3 == 2 ? new Identity("email", "p" + index + "@village.fr") : new Identity("telegram", "" + (1000 + index));
            long person = core.people().resolve(handle, identity, "p" + index).id();
            identities.add(identity);
            if (index < 60) {
                core.people().grant(handle, person, Role.MEMBER, Optional.empty());
                core.groups().join(handle, person, List.of("cafe", "ressourcerie", "coworking").get(index % 3));
                members.add(person);
            } else {
                residents.add(person);
            }
        }
        core.people().grant(handle, members.get(0), Role.COORDINATOR, Optional.empty());
        Subscriptions subscriptions = new Subscriptions(clock);
        for (int index = 0; index < 300; index++) {
            subscriptions.subscribe(handle, index < 60 ? members.get(index) : residents.get(index - 60), identities.get(index), true, true);
        }
    }

    private void poll(Handle handle, int number) {
        clock.set(NEW_YEAR.plus(Duration.ofHours(number * 43L)));
        PollKind kind = number % 10 == 9 ? PollKind.CONSULTATION : number % 3 == 0 ? PollKind.SINGLE : PollKind.PROPOSAL;
        boolean secret = number % 5 == 1;
        Audience audience = kind == PollKind.CONSULTATION ? Audience.anyone(Optional.empty())
                : number % 4 == 0 ? Audience.group(List.of("cafe", "ressourcerie", "coworking").get(number % 3)) : Audience.members();
        List<String> options = kind == PollKind.SINGLE ? List.of("samedi", "dimanche", "lundi") : List.of();
        Poll poll = polls.open(handle, new PollDraft("Question n°" + number + " : faut-il agrandir la terrasse du café ?", kind, options,
                audience, new PollRules(secret, false, false, 1, Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.of(clock.instant().plus(Duration.ofDays(3))), members.get(0),
                new Destination.Room("telegram", "-100cafe", RoomKind.GROUP))).poll();
        List<Long> eligible = polls.eligibleVoters(handle, poll).orElse(members);
        for (long person : eligible) {
            if (random.nextInt(10) < 6) {
                clock.advance(Duration.ofMinutes(7));
                String channel = identities.get((int) (person - 1)).channel();
                if (kind == PollKind.CONSULTATION) {
                    polls.answer(handle, poll, person, Inbound.text(channel, "e" + number + "-" + person, "r", RoomKind.PRIVATE,
                            identities.get((int) (person - 1)), "x"), "Une réponse #" + THEMES.get(random.nextInt(THEMES.size())));
                } else {
                    polls.vote(handle, poll, person, true, Answer.Choice.of(random.nextInt(kind == PollKind.SINGLE ? 3 : 3)), channel);
                }
            }
        }
        if (number < 180) {
            clock.advance(Duration.ofDays(3));
            polls.close(handle, polls.find(handle, poll.id()).orElseThrow());
        }
    }

    private void voices(Handle handle, int count) {
        for (int index = 0; index < count; index++) {
            clock.set(NEW_YEAR.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60))));
            List<String> tags = random.nextInt(5) == 0 ? List.of() : List.of(THEMES.get(random.nextInt(THEMES.size())));
            String text = "Il faudrait penser à " + THEMES.get(random.nextInt(THEMES.size())) + " : une idée de plus, avec quelques mots "
                    + "pour dire pourquoi cela compte pour le village.";
            Voice voice;
            if (random.nextInt(20) == 0) {
                voice = voices.leaveAnonymously(handle, text, tags);
            } else {
                long person = residents.get(random.nextInt(residents.size()));
                Identity from = identities.get((int) (person - 1));
                voice = voices.leave(handle, text, tags, person, new VoiceSource(from.channel(), from.id(), RoomKind.PRIVATE, from.id(),
                        "v" + random.nextLong()));
                if (random.nextInt(10) < 3) {
                    clock.advance(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
                    voices.answer(handle, voice.id(), members.get(0), "Merci, on en parle à la prochaine réunion !");
                }
            }
        }
    }

    private void announcement(Handle handle, int number) {
        clock.set(NEW_YEAR.plus(Duration.ofDays(number * 7L)));
        Announcements announcements = new Announcements(clock);
        Announcement preview = announcements.preview(handle, members.get(0), "**Annonce " + number + "** : le café ouvre samedi",
                AudienceSpec.everyone(List.of("telegram", "email")), Optional.empty());
        List<Destination> destinations = new ArrayList<>();
        for (int index = 0; index < 300; index++) {
            destinations.add(Destination.Direct.to(identities.get(index)));
        }
        destinations.add(new Destination.Room("telegram", "-100cafe", RoomKind.GROUP));
        core.outbox().enqueueAll(handle, destinations, Content.broadcast(preview.text()), preview.correlation());
        announcements.markSent(handle, preview.id(), destinations.size());
        handle.update("update outbox set status = case when mod(id, 50) = 0 then 'FAILED' else 'SENT' end, sent_at = ?, "
                + "last_error = case when mod(id, 50) = 0 then 'mailbox full' else null end "
                + "where correlation = ?", clock.instant(), preview.correlation());
    }

    /** The replies and events of a year: 20,000 of each. */
    private void traffic(Handle handle) {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> replies = new ArrayList<>();
        for (int index = 0; index < 20_000; index++) {
            Instant at = NEW_YEAR.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            int person = random.nextInt(identities.size());
            Identity identity = identities.get(person);
            events.add(new Object[] {identity.channel(), "traffic-" + index, person + 1, at});
            replies.add(new Object[] {identity.channel(), identity.id(), "{\"kind\":\"REPLY\",\"text\":\"ok\"}", at, at, at});
        }
        handle.batch("insert into inbound_log (channel, event_id, person_id, received_at) values (?, ?, ?, ?)", events);
        handle.batch("insert into outbox (channel, recipient, content, status, attempts, not_before, created_at, sent_at) "
                + "values (?, ?, ?, 'SENT', 1, ?, ?, ?)", replies);
    }
}
