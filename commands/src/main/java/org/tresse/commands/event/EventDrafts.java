package org.tresse.commands.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.commands.CommandCall;
import org.tresse.commands.event.internal.OptionText;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.core.calendar.When;
import org.tresse.core.event.EventChange;
import org.tresse.core.event.EventDraft;
import org.tresse.core.event.Recurrence;
import org.tresse.core.event.RecurrenceReader;
import org.tresse.core.groups.Groups;

/**
 * An event as a command line asks for it: {@code --le} (when), {@code --fin} or {@code --duree},
 * {@code --repete}, {@code --lieu}, {@code --places}, {@code --groupe}, {@code --public},
 * {@code --description}. What is miswritten is refused saying how to write it.
 */
final class EventDrafts {
    static final Duration DEFAULT_DURATION = Duration.ofHours(2);

    private final Groups groups;
    private final ZoneId zone;

    EventDrafts(Groups groups, ZoneId zone) {
        this.groups = groups;
        this.zone = zone;
    }

    EventDraft draft(CommandCall call, OptionText.Read read, String title, boolean proposed, Optional<String> partner) {
        Instant now = call.conversation().now();
        Optional<RecurrenceReader.Reading> repeats = read.option("repete").map(text -> RecurrenceReader.read(text, now, zone));
        // an event planned for a date poll takes its date from the poll
        LocalDateTime start = read.option("sondage").isPresent() && read.option("le").isEmpty()
                ? LocalDateTime.ofInstant(now, zone) : start(call, read, repeats, now);
        Optional<String> group = read.option("groupe").map(name -> GroupFeature.find(call, groups, name).slug());
        return new EventDraft(title, read.option("description"), group, read.option("lieu"), start, duration(call, read, start),
                repeats.map(RecurrenceReader.Reading::rule), places(call, read), proposed || read.flag("public"), partner, proposed,
                call.personId(), Optional.empty());
    }

    /** What {@code /evenement modifier} changes. */
    EventChange change(CommandCall call, OptionText.Read read, LocalDateTime currentStart) {
        Instant now = call.conversation().now();
        Optional<LocalDateTime> start = read.option("le").map(text -> When.read(text, now, zone));
        boolean lengthSaid = read.option("fin").isPresent() || read.option("duree").isPresent();
        Optional<Duration> duration = lengthSaid ? Optional.of(duration(call, read, start.orElse(currentStart))) : Optional.empty();
        return new EventChange(read.option("titre"), start, read.option("lieu"), duration, places(call, read));
    }

    private LocalDateTime start(CommandCall call, OptionText.Read read, Optional<RecurrenceReader.Reading> repeats, Instant now) {
        Optional<LocalTime> ruleTime = repeats.flatMap(RecurrenceReader.Reading::time);
        if (read.option("le").isPresent()) {
            LocalDateTime start = When.read(read.option("le").get(), now, zone);
            if (ruleTime.isPresent() && !ruleTime.get().equals(start.toLocalTime())) {
                throw call.fail("evenement.heures.differentes", start.toLocalTime(), ruleTime.get());
            }
            return start;
        }
        if (repeats.isEmpty() || ruleTime.isEmpty()) {
            throw call.fail(repeats.isPresent() ? "evenement.heure.manquante" : "evenement.le.manquant");
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Recurrence rule = repeats.get().rule().anchoredTo(today);
        LocalDateTime first = rule.firstOnOrAfter(today).atTime(ruleTime.get());
        return first.atZone(zone).toInstant().isAfter(now) ? first : rule.firstOnOrAfter(first.toLocalDate().plusDays(1)).atTime(ruleTime.get());
    }

    private Duration duration(CommandCall call, OptionText.Read read, LocalDateTime start) {
        Optional<String> end = read.option("fin");
        Optional<String> length = read.option("duree");
        if (end.isPresent() && length.isPresent()) {
            throw call.fail("evenement.fin.et.duree");
        }
        if (end.isPresent()) {
            Optional<LocalTime> hour = When.time(end.get());
            LocalDateTime until = hour.map(start.toLocalDate()::atTime).orElseGet(() -> When.parse(end.get(), call.conversation().now(), zone));
            return Duration.between(start, until);
        }
        return length.map(text -> When.duration(text).orElseThrow(() -> call.fail("evenement.duree.format", text))).orElse(DEFAULT_DURATION);
    }

    private static OptionalInt places(CommandCall call, OptionText.Read read) {
        Optional<String> places = read.option("places");
        if (places.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!places.get().matches("\\d{1,6}")) {
            throw call.fail("evenement.places.format", places.get());
        }
        return OptionalInt.of(Integer.parseInt(places.get()));
    }
}
