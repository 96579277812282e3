package org.tresse.commands.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Recurrence;
import org.tresse.core.event.Rsvp;
import org.tresse.core.event.RsvpCounts;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Button;
import org.tresse.core.message.PollPresentation;

/** How an event reads in a language: its dates, how it repeats, its presentation, its answer buttons. */
public final class EventFormat {
    private static final DateTimeFormatter KEY_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ZoneId zone;
    private final EventRules rules;

    public EventFormat(ZoneId zone, EventRules rules) {
        this.zone = zone;
        this.rules = rules;
    }

    /** "mardi 5 mars 2024 à 20:00". */
    public static String when(Texts texts, Occurrence occurrence) {
        return DateTimeFormatter.ofPattern(texts.get("evenement.format.date.heure"), texts.language().locale()).format(occurrence.start());
    }

    /** "mardi 5 mars 2024". */
    public static String day(Texts texts, LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.get("evenement.format.date"), texts.language().locale()).format(day);
    }

    /** How the event repeats, in words: "le premier mardi de chaque mois, jusqu'au 30 juin". */
    public static String repeats(Texts texts, Recurrence rule) {
        String day = rule.weekday().map(weekday -> weekday.getDisplayName(TextStyle.FULL, texts.language().locale())).orElse("");
        String text;
        if (rule.frequency() == Recurrence.Frequency.MONTHLY && rule.ordinal() != 0) {
            text = texts.get(rule.interval() == 1 ? "repete.mois.rang" : "repete.mois.rang.n", texts.get("rang." + rule.ordinal()), day,
                    rule.interval());
        } else if (rule.frequency() == Recurrence.Frequency.MONTHLY) {
            text = texts.get(rule.interval() == 1 ? "repete.mois" : "repete.mois.n", rule.interval());
        } else if (rule.frequency() == Recurrence.Frequency.WEEKLY) {
            text = texts.get(rule.interval() == 1 ? "repete.semaine" : "repete.semaine.n", day, rule.interval());
        } else {
            text = texts.get(rule.interval() == 1 ? "repete.jour" : "repete.jour.n", rule.interval());
        }
        return rule.until().map(last -> texts.get("repete.jusqua", text, day(texts, last))).orElse(text);
    }

    /** The message that presents an event and how to answer it. */
    String presentation(Texts texts, Event event, Occurrence next, RsvpCounts counts) {
        StringBuilder text = new StringBuilder(texts.get("evenement.presentation.titre", event.key(), Markup.literal(event.title())));
        text.append('\n').append(texts.get(next.moved() ? "evenement.quand.deplace" : "evenement.quand", when(texts, next)));
        event.recurrence().ifPresent(rule -> text.append('\n').append(texts.get("evenement.repete", repeats(texts, rule))));
        next.place().ifPresent(place -> text.append('\n').append(texts.get("evenement.lieu", location(place))));
        event.group().ifPresent(group -> text.append('\n').append(texts.get("evenement.groupe", group)));
        partner(event).ifPresent(name -> text.append('\n').append(texts.get("evenement.partenaire", name)));
        event.description().ifPresent(description -> text.append("\n\n").append(Markup.literal(description)));
        text.append("\n\n").append(answers(texts, event, counts));
        text.append('\n').append(howToAnswer(texts, event, next));
        return text.toString();
    }

    /** "3 oui, 1 peut-être, 2 non · 12 places sur 30" (and who waits). */
    static String answers(Texts texts, Event event, RsvpCounts counts) {
        String line = texts.get("evenement.reponses", counts.yes(), counts.maybe(), counts.no());
        if (event.capacity().isPresent()) {
            line += " · " + texts.get("evenement.places", Math.max(0, event.capacity().getAsInt() - counts.yes()), event.capacity().getAsInt());
        }
        if (counts.waiting() > 0) {
            line += " · " + texts.get("evenement.attente", counts.waiting());
        }
        return line;
    }

    static String howToAnswer(Texts texts, Event event, Occurrence next) {
        String date = event.repeats() ? " --date " + next.key() : "";
        return texts.get(event.open() ? "evenement.repondre" : "evenement.repondre.membres", event.key(), date);
    }

    /** The place's name and, if known, its address. */
    String location(String place) {
        return Markup.literal(rules.place(place).map(known -> known.location()).orElse(place));
    }

    Optional<String> partner(Event event) {
        return event.partner().flatMap(rules::partner).map(partner -> partner.name());
    }

    /** Oui / Peut-être / Non buttons for one date: {@code e:12:20240305:y}. */
    static List<List<Button>> buttons(Texts texts, Occurrence occurrence) {
        List<Button> row = new ArrayList<>();
        for (Rsvp answer : List.of(Rsvp.YES, Rsvp.MAYBE, Rsvp.NO)) {
            row.add(new Button(texts.get("rsvp.bouton." + answer.name()), "e:" + occurrence.event().id() + ":"
                    + KEY_DAY.format(occurrence.key()) + ":" + answer.code()));
        }
        return List.of(row);
    }

    /** A native poll for one date, keyed {@code e12.20240305}; options Oui, Peut-être, Non. */
    PollPresentation nativePoll(Texts texts, Occurrence occurrence, boolean closed) {
        List<String> options = List.of(texts.get("rsvp.bouton.YES"), texts.get("rsvp.bouton.MAYBE"), texts.get("rsvp.bouton.NO"));
        return new PollPresentation(pollKey(occurrence), occurrence.event().title() + " — " + when(texts, occurrence), options,
                PollPresentation.Kind.SINGLE, 1, false, false, occurrence.startsAt(zone), closed);
    }

    /** The native poll's options, in order. */
    static final List<Rsvp> POLL_ORDER = List.of(Rsvp.YES, Rsvp.MAYBE, Rsvp.NO);

    static String pollKey(Occurrence occurrence) {
        return "e" + occurrence.event().id() + "." + KEY_DAY.format(occurrence.key());
    }

    /** The event number and the day a button's or a native poll's key names. */
    record Target(String event, LocalDate day) {}

    static Optional<Target> target(String number, String day) {
        if (!number.matches("\\d{1,12}") || !day.matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(number, LocalDate.parse(day, KEY_DAY)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
