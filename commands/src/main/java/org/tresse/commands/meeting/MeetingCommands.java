package org.tresse.commands.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.event.EventFormat;
import org.tresse.commands.internal.Numbers;
import org.tresse.commands.people.PersonReference;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.Reach;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.meeting.Meeting;
import org.tresse.core.meeting.Meetings;
import org.tresse.core.meeting.Minutes;
import org.tresse.core.meeting.MinutesPrinter;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;

/**
 * {@code /reunion}: {@code ouvrir 3} (the meeting of event 3's date today), {@code presents 12
 * [#4 console:ana …] [--en-ligne 5]}, {@code en-ligne 5}, {@code note …}, {@code clore} (the minutes,
 * sent to the members and kept with the decisions), {@code cr 2} (a meeting's minutes); alone, the
 * meetings open now. Coordinators hold the meeting; members read the minutes.
 */
final class MeetingCommands {
    private static final List<String> SUBCOMMANDS = List.of("mots.reunion.ouvrir", "mots.reunion.presents", "mots.reunion.en.ligne",
            "mots.reunion.note", "mots.reunion.clore", "mots.reunion.cr");

    private final Meetings meetings;
    private final Events events;
    private final People people;
    private final Groups groups;
    private final Reach reach;
    private final Outbox outbox;
    private final I18n i18n;
    private final ZoneId zone;
    private final MinutesPrinter printer;

    MeetingCommands(Meetings meetings, Events events, People people, Groups groups, Reach reach, Outbox outbox, I18n i18n, ZoneId zone,
            MinutesPrinter printer) {
        this.meetings = meetings;
        this.events = events;
        this.people = people;
        this.groups = groups;
        this.reach = reach;
        this.outbox = outbox;
        this.i18n = i18n;
        this.zone = zone;
        this.printer = printer;
    }

    Command command() {
        return Command.named("reunion", MeetingFeature.BUNDLE).role(Role.MEMBER).arguments(0, 80).option("date").option("en-ligne")
                .option("reunion")
                .does(this::run);
    }

    private void run(CommandCall call) {
        if (call.arguments().isEmpty()) {
            status(call);
            return;
        }
        String sub = Vocabulary.of(MeetingFeature.BUNDLE).which(call.argument(0), SUBCOMMANDS).orElseThrow(call::usage);
        switch (sub) {
            case "mots.reunion.ouvrir" -> open(call);
            case "mots.reunion.presents" -> attendance(call, current(call), call.arguments().subList(1, call.arguments().size()));
            case "mots.reunion.en.ligne" -> online(call);
            case "mots.reunion.note" -> note(call);
            case "mots.reunion.clore" -> close(call);
            default -> minutes(call);
        }
    }

    private void open(CommandCall call) {
        if (call.arguments().size() < 2) {
            throw call.usage();
        }
        Event event = events.get(call.handle(), call.argument(1));
        refuseUnlessCoordinator(call, event);
        Optional<LocalDate> day = call.option("date").map(text -> When.day(text, call.conversation().now(), zone));
        LocalDate today = call.conversation().now().atZone(zone).toLocalDate();
        // today's date of the event, even once it has ended; else its next one (refused if not today)
        Occurrence occurrence = day.isPresent() ? events.occurrence(event, day)
                : Occurrences.between(event, today, today).stream().filter(date -> !date.cancelled()).findFirst()
                        .orElseGet(() -> events.occurrence(event, Optional.empty()));
        Meeting meeting = meetings.open(call.handle(), occurrence, call.personId());
        call.reply("reunion.ouverte", meeting.key(), Markup.literal(event.title()), EventFormat.when(call.conversation().texts(), occurrence));
    }

    /** {@code presents 12 #4 console:ana --en-ligne 5}: a number, names, or both (the number at least the names). */
    void attendance(CommandCall call, Meeting meeting, List<String> words) {
        Optional<Integer> count = words.isEmpty() || !words.get(0).matches("\\d{1,6}") ? Optional.empty() : number(words.get(0));
        List<Long> named = new ArrayList<>();
        for (String word : count.isPresent() ? words.subList(1, words.size()) : words) {
            named.add(PersonReference.resolve(call, people, word).id());
        }
        if (count.isEmpty() && named.isEmpty() && call.option("en-ligne").isEmpty()) {
            throw call.fail("reunion.presents.usage");
        }
        int online = call.option("en-ligne").map(text -> number(text).orElseThrow(() -> call.fail("reunion.nombre", text)))
                .orElse(meeting.online());
        int present = count.orElse(named.isEmpty() ? meeting.present() : named.size());
        Meeting counted = meetings.attendance(call.handle(), meeting, present, named.isEmpty() ? meeting.attendees() : named, online);
        call.reply("reunion.presences", counted.key(), counted.present(), counted.online(), counted.present() + counted.online());
    }

    private void online(CommandCall call) {
        Meeting meeting = current(call);
        String text = call.arguments().size() > 1 ? call.argument(1) : "";
        int online = number(text).orElseThrow(() -> call.fail("reunion.nombre", text));
        Meeting counted = meetings.attendance(call.handle(), meeting, meeting.present(), meeting.attendees(), online);
        call.reply("reunion.presences", counted.key(), counted.present(), counted.online(), counted.present() + counted.online());
    }

    private void note(CommandCall call) {
        Meeting meeting = current(call);
        meetings.note(call.handle(), meeting, call.personId(), call.rest(1));
        call.reply("reunion.note.ajoutee", meeting.key());
    }

    private void close(CommandCall call) {
        Meeting meeting = current(call);
        meetings.close(call.handle(), meeting, i18n.texts(i18n.defaultLanguage()));
        Meeting closed = meetings.find(call.handle(), meeting.id()).orElseThrow();
        int sent = send(call, closed);
        call.conversation().replyPrivately(call.t("reunion.close.envoi", meeting.key(), sent) + "\n\n"
                + meetings.minutes(call.handle(), closed, call.conversation().texts()).chat());
    }

    /**
     * The minutes to the members (of the event's group, or of the association), each in their language: by email
     * with their Markdown and XHTML files, everywhere with their PDF where the channel carries files (each PDF
     * stored once for all who read that language).
     */
    private int send(CommandCall call, Meeting meeting) {
        Event event = events.find(call.handle(), meeting.eventId()).orElseThrow();
        List<Long> members = event.group().map(group -> groups.members(call.handle(), group))
                .orElseGet(() -> people.withRole(call.handle(), Role.MEMBER, Optional.empty()));
        Map<Language, Texts> languages = new LinkedHashMap<>();
        Map<Language, Map<Boolean, List<Destination>>> readers = new LinkedHashMap<>();
        for (long member : members) {
            Optional<Destination.Direct> where = reach.privately(call.handle(), member);
            if (where.isPresent()) {
                Texts texts = i18n.texts(people.find(call.handle(), member).map(Person::language).orElse(null));
                languages.putIfAbsent(texts.language(), texts);
                readers.computeIfAbsent(texts.language(), any -> new LinkedHashMap<>())
                        .computeIfAbsent(where.get().channel().equals("email"), any -> new ArrayList<>()).add(where.get());
            }
        }
        int sent = 0;
        for (Map.Entry<Language, Map<Boolean, List<Destination>>> language : readers.entrySet()) {
            Texts texts = languages.get(language.getKey());
            Minutes minutes = meetings.minutes(call.handle(), meeting, texts);
            Optional<Attachment> pdf = printer.pdf(minutes, texts.language())
                    .map(bytes -> Attachment.file("compte-rendu-" + meeting.id() + ".pdf", "application/pdf", bytes, null));
            for (Map.Entry<Boolean, List<Destination>> channel : language.getValue().entrySet()) {
                List<Attachment> files = new ArrayList<>();
                if (channel.getKey()) {
                    files.add(Attachment.text("compte-rendu-" + meeting.id() + ".md", "text/markdown; charset=UTF-8", minutes.markdown()));
                    files.add(Attachment.text("compte-rendu-" + meeting.id() + ".html", "text/html; charset=UTF-8",
                            minutes.html(texts.language().name().toLowerCase(java.util.Locale.ROOT))));
                }
                pdf.ifPresent(files::add);
                outbox.enqueueAll(call.handle(), channel.getValue(), Content.notice(minutes.chat()).in(texts.language()).withAttachments(files),
                        "meeting:" + meeting.id() + ":minutes");
                sent += channel.getValue().size();
            }
        }
        return sent;
    }

    private void minutes(CommandCall call) {
        if (call.arguments().size() < 2) {
            throw call.usage();
        }
        Meeting meeting = meetings.get(call.handle(), call.argument(1));
        if (!call.conversation().hasRole(Role.MEMBER, Optional.empty())) {
            throw call.fail("reunion.cr.membres");
        }
        call.conversation().replyPrivately(meetings.minutes(call.handle(), meeting, call.conversation().texts()).chat());
    }

    private void status(CommandCall call) {
        List<Meeting> open = meetings.open(call.handle());
        if (open.isEmpty()) {
            call.reply("reunion.aucune.ouverte");
            return;
        }
        Texts texts = call.conversation().texts();
        StringBuilder text = new StringBuilder(texts.get("reunion.ouvertes"));
        for (Meeting meeting : open) {
            Occurrence occurrence = meetings.occurrence(call.handle(), meeting);
            text.append('\n').append(texts.get("reunion.ligne", meeting.key(), Markup.literal(occurrence.event().title()), meeting.present(), meeting.online()));
        }
        call.conversation().reply(text.toString());
    }

    /** The meeting named by {@code --reunion}, or the only one open; a coordinator's. */
    Meeting current(CommandCall call) {
        Meeting meeting;
        if (call.option("reunion").isPresent()) {
            meeting = meetings.get(call.handle(), call.option("reunion").get());
        } else {
            List<Meeting> open = meetings.open(call.handle());
            if (open.isEmpty()) {
                throw call.fail("reunion.aucune.ouverte");
            }
            if (open.size() > 1) {
                throw call.fail("reunion.laquelle", String.join(", ", open.stream().map(Meeting::key).toList()));
            }
            meeting = open.get(0);
        }
        refuseUnlessCoordinator(call, events.find(call.handle(), meeting.eventId()).orElseThrow());
        return meeting;
    }

    private static void refuseUnlessCoordinator(CommandCall call, Event event) {
        if (!call.conversation().hasRole(Role.COORDINATOR, event.group())) {
            throw call.fail("reunion.coordination");
        }
    }

    private static Optional<Integer> number(String text) {
        return Numbers.parse(text).filter(value -> value <= Meetings.MAX_PERSONS).map(Long::intValue);
    }
}
