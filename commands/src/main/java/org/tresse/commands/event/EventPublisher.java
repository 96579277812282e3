package org.tresse.commands.event;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Audience;
import org.tresse.core.announcement.AudienceSpec;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.Reach;
import org.tresse.core.event.AgendaItem;
import org.tresse.core.event.AgendaItems;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventCalendar;
import org.tresse.core.event.EventLinks;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Promotion;
import org.tresse.core.event.Rsvps;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.MessageKind;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * What an event says to rooms and people (built once by the assembly, shared by the event feature
 * and the date polls' close): its presentation with answer buttons (or a native poll)
 * in its group's rooms and to the subscribers, its {@code .ics} by email; notices of a change or a
 * cancellation to all who answered; reminders with the agenda to those who said yes or maybe; a
 * place freed to the first waiting.
 */
public final class EventPublisher {
    static final String EMAIL = "email";

    private final Rsvps rsvps;
    private final EventCalendar calendar;
    private final AgendaItems agenda;
    private final Announcements announcements;
    private final People people;
    private final Reach reach;
    private final Outbox outbox;
    private final I18n i18n;
    private final Channels channels;
    private final List<String> channelNames;
    private final Clock clock;
    private final ZoneId zone;
    private final EventFormat format;
    private final Optional<EventLinks> links;

    /** @param channelNames the channels events may be presented on (those that run) */
    public EventPublisher(Rsvps rsvps, EventCalendar calendar, AgendaItems agenda, Announcements announcements, People people, Reach reach,
            Outbox outbox, I18n i18n, Channels channels, List<String> channelNames, Clock clock, ZoneId zone, EventFormat format) {
        this(rsvps, calendar, agenda, announcements, people, reach, outbox, i18n, channels, channelNames, clock, zone, format,
                Optional.empty());
    }

    /** @param links personal links to answer on the web, carried by what goes to a mailbox (with {@code web.public-url}) */
    public EventPublisher(Rsvps rsvps, EventCalendar calendar, AgendaItems agenda, Announcements announcements, People people, Reach reach,
            Outbox outbox, I18n i18n, Channels channels, List<String> channelNames, Clock clock, ZoneId zone, EventFormat format,
            Optional<EventLinks> links) {
        this.links = links;
        this.rsvps = rsvps;
        this.calendar = calendar;
        this.agenda = agenda;
        this.announcements = announcements;
        this.people = people;
        this.reach = reach;
        this.outbox = outbox;
        this.i18n = i18n;
        this.channels = channels;
        this.channelNames = List.copyOf(channelNames);
        this.clock = clock;
        this.zone = zone;
        this.format = format;
    }

    static String correlation(Event event, String what) {
        return "event:" + event.key() + (what.isEmpty() ? "" : ":" + what);
    }

    /** Presents the event where it was created and to its audience; returns how many rooms and persons. */
    int present(Handle handle, Event event, Optional<Destination.Room> origin, Texts authorTexts) {
        Optional<Occurrence> next = Occurrences.next(event, clock.instant(), zone);
        if (next.isEmpty()) {
            return 0;
        }
        Audience audience = audience(handle, event);
        List<Destination.Room> rooms = new ArrayList<>();
        origin.ifPresent(rooms::add);
        for (Destination.Room room : audience.rooms()) {
            if (rooms.stream().noneMatch(known -> known.channel().equals(room.channel()) && known.room().equals(room.room()))) {
                rooms.add(room);
            }
        }
        for (Destination.Room room : rooms) {
            Texts texts = origin.filter(room::equals).filter(here -> here.kind() == RoomKind.PRIVATE).isPresent() ? authorTexts : roomTexts();
            MessageKind kind = room.kind() == RoomKind.GROUP ? MessageKind.BROADCAST : MessageKind.NOTICE;
            outbox.enqueue(handle, room, shown(texts, event, next.get(), room.channel(), kind, room.kind() == RoomKind.GROUP,
                    rsvps.counts(handle, next.get())), correlation(event, ""));
        }
        int persons = 0;
        for (Audience.Recipient recipient : audience.people()) {
            if (!event.open() && !people.hasRole(handle, recipient.personId(), Role.MEMBER, Optional.empty())) {
                continue;
            }
            Texts texts = i18n.texts(recipient.language());
            String channel = recipient.destination().channel();
            String link = webLink(handle, recipient.personId(), event, channel, texts).map(line -> "\n\n" + line).orElse("");
            outbox.enqueue(handle, recipient.destination(), shown(texts, event, next.get(), channel, MessageKind.BROADCAST, false,
                    rsvps.counts(handle, next.get()), link).in(texts.language()), correlation(event, ""));
            persons++;
        }
        return rooms.size() + persons;
    }

    /** The presentation for one channel: buttons or a native poll where it can, the .ics by email. */
    Content shown(Texts texts, Event event, Occurrence next, String channel, MessageKind kind, boolean room,
            org.tresse.core.event.RsvpCounts counts) {
        return shown(texts, event, next, channel, kind, room, counts, "");
    }

    /** The same, with {@code after} at the end of its text (a personal link). */
    private Content shown(Texts texts, Event event, Occurrence next, String channel, MessageKind kind, boolean room,
            org.tresse.core.event.RsvpCounts counts, String after) {
        Content content = withIcs(Content.of(kind, format.presentation(texts, event, next, counts) + after), event, channel);
        ChannelCapabilities capabilities = channels.capabilitiesOrPlain(channel);
        if (room && capabilities.nativePolls() && !channel.equals(EMAIL)) {
            return content.withPoll(format.nativePoll(texts, next, false));
        }
        return capabilities.buttons() || channel.equals(EMAIL) ? content.withButtons(EventFormat.buttons(texts, next)) : content;
    }

    /** The notice of a change of time or place, to all who answered a date to come, with the new .ics by email. */
    int changed(Handle handle, Event event) {
        Optional<Occurrence> next = Occurrences.next(event, clock.instant(), zone);
        if (next.isEmpty()) {
            return 0;
        }
        return notify(handle, event, rsvps.answeredFrom(handle, next.get()), texts -> texts.get("evenement.change.avis", event.key(),
                Markup.literal(event.title()), EventFormat.when(texts, next.get()), next.get().place().map(format::location).orElse("—")));
    }

    /** The notice that one date moved, to those who answered it. */
    int moved(Handle handle, Occurrence occurrence) {
        Event event = occurrence.event();
        return notify(handle, event, rsvps.answered(handle, occurrence), texts -> texts.get("evenement.deplace.avis", event.key(),
                Markup.literal(event.title()), EventFormat.day(texts, occurrence.key()), EventFormat.when(texts, occurrence),
                occurrence.place().map(format::location).orElse("—")));
    }

    /** The notice of a cancellation (one date, or all of them), to all who answered it, and in the event's rooms; {@code event} as cancelled. */
    int cancelled(Handle handle, Event event, Optional<Occurrence> date, Optional<String> reason) {
        List<Long> answered = date.isPresent() ? rsvps.answered(handle, date.get())
                : rsvps.answeredFrom(handle, event, clock.instant().atZone(zone).toLocalDate());
        java.util.function.Function<Texts, String> text = texts -> {
            String line = date.map(one -> texts.get("evenement.annule.date.avis", event.key(), Markup.literal(event.title()), EventFormat.when(texts, one)))
                    .orElseGet(() -> texts.get("evenement.annule.avis", event.key(), Markup.literal(event.title())));
            return reason.map(why -> line + "\n" + texts.get("evenement.annule.raison", Markup.literal(why))).orElse(line);
        };
        for (Destination.Room room : audience(handle, event).rooms()) {
            outbox.enqueue(handle, room, Content.broadcast(text.apply(roomTexts())), correlation(event, "annulation"));
        }
        return notify(handle, event, answered, text);
    }

    /** Tells the person who got a place freed by someone else. */
    void promoted(Handle handle, Promotion promotion) {
        Event event = promotion.occurrence().event();
        notify(handle, event, List.of(promotion.personId()), texts -> texts.get("rsvp.place.liberee", event.key(), Markup.literal(event.title()),
                EventFormat.when(texts, promotion.occurrence())));
    }

    /** The reminder of one date, with its agenda, to those who said yes or maybe; returns how many. */
    int remind(Handle handle, Occurrence occurrence) {
        Event event = occurrence.event();
        List<String> items = agenda.items(handle, occurrence).stream().map(AgendaItem::text).toList();
        return notify(handle, event, rsvps.expected(handle, occurrence), texts -> {
            StringBuilder text = new StringBuilder(texts.get("rappel.evenement", event.key(), Markup.literal(event.title()),
                    EventFormat.when(texts, occurrence), occurrence.place().map(format::location).orElse("—")));
            if (!items.isEmpty()) {
                text.append("\n\n").append(texts.get("rappel.odj"));
                for (int index = 0; index < items.size(); index++) {
                    text.append('\n').append(index + 1).append(". ").append(items.get(index));
                }
            }
            text.append("\n\n").append(texts.get("rappel.changer", event.key(), event.repeats() ? " --date " + occurrence.key() : ""));
            return text.toString();
        });
    }

    /** A personal notice to each person, in their language, with the event's .ics by email. */
    int notify(Handle handle, Event event, List<Long> persons, java.util.function.Function<Texts, String> text) {
        int sent = 0;
        for (long personId : persons) {
            Optional<Destination.Direct> where = reach.privately(handle, personId);
            if (where.isEmpty()) {
                continue;
            }
            Texts texts = personTexts(handle, personId);
            String said = text.apply(texts) + webLink(handle, personId, event, where.get().channel(), texts).map(line -> "\n\n" + line).orElse("");
            outbox.enqueue(handle, where.get(), withIcs(Content.notice(said), event, where.get().channel()).in(texts.language()),
                    correlation(event, "avis"));
            sent++;
        }
        return sent;
    }

    /** By email, the person's link to answer on the web, valid until the next date not called off starts. */
    private Optional<String> webLink(Handle handle, long personId, Event event, String channel, Texts texts) {
        if (links.isEmpty() || !channel.equals(EMAIL) || event.cancelled()) {
            return Optional.empty();
        }
        return Occurrences.next(event, clock.instant(), zone).filter(next -> !next.cancelled())
                .filter(next -> rsvps.refusal(handle, next, personId, true).isEmpty())
                .map(next -> texts.get("evenement.lien.web", links.get().issue(handle, personId, event.id(), next.startsAt(zone),
                        texts.language().code())));
    }

    private Content withIcs(Content content, Event event, String channel) {
        if (!channel.equals(EMAIL)) {
            return content;
        }
        return content.withAttachments(List.of(new Attachment(EventCalendar.fileName(event), EventCalendar.MEDIA_TYPE, calendar.single(event))));
    }

    private Audience audience(Handle handle, Event event) {
        List<String> running = channelNames.stream().filter(channels::runs).toList();
        if (running.isEmpty()) {
            return new Audience(List.of(), List.of());
        }
        AudienceSpec spec = event.group().map(group -> AudienceSpec.groups(List.of(group), running)).orElse(AudienceSpec.everyone(running));
        return announcements.audience(handle, spec);
    }

    Texts roomTexts() {
        return i18n.texts(i18n.defaultLanguage());
    }

    Texts personTexts(Handle handle, long personId) {
        return i18n.texts(people.find(handle, personId).map(Person::language).orElse(null));
    }
}
