package org.tresse.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.engine.UserError;
import org.tresse.core.text.Folding;
import org.tresse.core.text.Typos;

/** What makes an event acceptable; each limit refuses with its own message. */
final class EventChecks {
    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_CAPACITY = 10_000;
    static final Duration MAX_DURATION = Duration.ofDays(14);

    private final EventRules rules;
    private final ZoneId zone;

    EventChecks(EventRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    /** The draft as it will be stored: its first date on its rule, to come; or a refusal. */
    EventDraft draft(EventDraft draft, Instant now) {
        EventDraft checked = shape(draft);
        LocalDate asked = checked.start().toLocalDate();
        LocalDateTime start = checked.start();
        Optional<Recurrence> rule = checked.recurrence().map(recurrence -> recurrence.anchoredTo(asked));
        if (rule.isPresent()) {
            start = rule.get().firstOnOrAfter(start.toLocalDate()).atTime(start.toLocalTime());
            Optional<LocalDate> until = rule.get().until();
            if (until.isPresent() && until.get().isBefore(start.toLocalDate())) {
                throw new UserError("repetition.fin.avant", until.get(), start.toLocalDate());
            }
        }
        future(start, now);
        return new EventDraft(checked.title(), checked.description(), checked.group(), checked.place(), start, checked.duration(), rule,
                checked.capacity(), checked.open(), checked.partner(), checked.proposed(), checked.authorId(), checked.pollId());
    }

    /** Everything but the date: title, length, place, places, partner. */
    EventDraft shape(EventDraft draft) {
        String title = title(draft.title());
        duration(draft.duration());
        Optional<String> place = place(draft.place(), draft.proposed());
        OptionalInt capacity = capacity(draft.capacity(), place);
        Optional<String> partner = draft.partner().map(id -> rules.partner(id).orElseThrow(() -> new UserError("partenaire.inconnu", id,
                partners())).id());
        Optional<String> description = draft.description().map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> text.length() > 2000 ? text.substring(0, 2000) : text);
        return new EventDraft(title, description, draft.group(), place, draft.start(), draft.duration(), draft.recurrence(), capacity,
                draft.open(), partner, draft.proposed(), draft.authorId(), draft.pollId());
    }

    /** The event with a coordinator's change applied, checked. */
    Event changed(Event event, EventChange change, Instant now) {
        String title = change.title().map(EventChecks::title).orElse(event.title());
        Duration duration = change.duration().orElse(event.duration());
        duration(duration);
        Optional<String> place = change.place().isPresent() ? place(change.place(), event.partner().isPresent()) : event.place();
        OptionalInt capacity = change.capacity().isPresent() ? capacity(change.capacity(), place) : event.capacity();
        if (change.place().isPresent() && change.capacity().isEmpty() && event.capacity().isPresent()) {
            capacity = capacity(event.capacity(), place);
        }
        LocalDateTime start = event.start();
        if (change.start().isPresent()) {
            start = change.start().get();
            if (event.recurrence().isPresent() && !start.toLocalDate().equals(event.start().toLocalDate())) {
                // the answers are kept by the rule's days: a series changes its hour, a date moves alone
                throw new UserError("evenement.serie.date", event.key());
            }
            future(start, now);
        }
        return new Event(event.id(), title, event.description(), event.group(), place, start, duration, event.recurrence(), capacity,
                event.open(), event.status(), event.partner(), event.authorId(), event.createdAt(), event.sequence(), event.reason(),
                event.pollId(), event.uid(), event.changes());
    }

    /** The configured place named (its own spelling); any name when no place is configured, or for a partner. */
    Optional<String> place(Optional<String> typed, boolean anyPlace) {
        if (typed.isEmpty() || typed.get().isBlank()) {
            return Optional.empty();
        }
        String name = typed.get().strip();
        Optional<Place> known = rules.place(name);
        if (known.isPresent()) {
            return Optional.of(known.get().name());
        }
        if (rules.places().isEmpty() || anyPlace) {
            if (name.length() > MAX_PLACE) {
                throw new UserError("lieu.long", MAX_PLACE);
            }
            return Optional.of(name);
        }
        String folded = Folding.forSearch(name);
        Optional<Place> near = rules.places().stream()
                .filter(place -> Folding.forSearch(place.name()).contains(folded) || folded.contains(Folding.forSearch(place.name()))
                        || Typos.closest(name, spellings(place)).isPresent())
                .findFirst();
        if (near.isPresent()) {
            throw new UserError("lieu.inconnu.suggestion", name, near.get().name(), places());
        }
        throw new UserError("lieu.inconnu", name, places());
    }

    /** A place's name, and the same without its first word ("Vayssade" for "La Vayssade"), as people shorten it. */
    private static List<String> spellings(Place place) {
        String[] words = place.name().strip().split("\\s+", 2);
        return words.length == 2 ? List.of(place.name(), words[1]) : List.of(place.name());
    }

    void future(LocalDateTime start, Instant now) {
        if (!start.atZone(zone).toInstant().isAfter(now)) {
            throw new UserError("evenement.passe", start.toLocalDate(), start.toLocalTime());
        }
    }

    private static String title(String typed) {
        String title = typed.strip();
        if (title.isEmpty()) {
            throw new UserError("evenement.titre.vide");
        }
        if (title.length() > MAX_TITLE) {
            throw new UserError("evenement.titre.long", MAX_TITLE, title.length());
        }
        return title;
    }

    private static void duration(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new UserError("evenement.fin.avant");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new UserError("evenement.duree.longue", MAX_DURATION.toDays());
        }
    }

    private OptionalInt capacity(OptionalInt asked, Optional<String> place) {
        OptionalInt room = place.flatMap(rules::place).map(Place::capacity).orElse(OptionalInt.empty());
        if (asked.isEmpty()) {
            return room;
        }
        int places = asked.getAsInt();
        if (places < 1 || places > MAX_CAPACITY) {
            throw new UserError("evenement.places.limites", MAX_CAPACITY);
        }
        if (room.isPresent() && places > room.getAsInt()) {
            throw new UserError("evenement.places.lieu", place.orElseThrow(), room.getAsInt(), places);
        }
        return asked;
    }

    private String places() {
        List<String> names = rules.places().stream().map(Place::name).toList();
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    private String partners() {
        List<String> ids = rules.partners().stream().map(Partner::id).toList();
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }
}
