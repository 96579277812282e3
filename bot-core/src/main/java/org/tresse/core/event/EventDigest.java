package org.tresse.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * The digest's agenda: what happens in the two weeks after it, public events for everyone and the
 * members' too for members, partners' events credited to them, cancelled dates said so.
 */
public final class EventDigest implements DigestSource {
    static final Duration AHEAD = Duration.ofDays(14);
    private static final int MAX_LINES = 20;

    private final Events events;
    private final People people;

    public EventDigest(Events events, People people) {
        this.events = events;
        this.people = people;
    }

    @Override
    public String titleKey() {
        return "recap.agenda";
    }

    @Override
    public List<String> lines(Handle handle, Texts texts, long personId, Instant since, Instant until) {
        boolean member = people.hasRole(handle, personId, Role.MEMBER, Optional.empty());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(texts.get("evenement.format.date.heure"), texts.language().locale());
        return events.agenda(handle, until, until.plus(AHEAD), Optional.empty(), member).stream()
                .limit(MAX_LINES)
                .map(occurrence -> line(texts, format, occurrence))
                .toList();
    }

    private String line(Texts texts, DateTimeFormatter format, Occurrence occurrence) {
        Event event = occurrence.event();
        String when = format.format(occurrence.start());
        String where = occurrence.place().map(place -> texts.get("recap.agenda.lieu", Markup.literal(place))).orElse("");
        String by = event.partner().flatMap(events.rules()::partner).map(partner -> " " + texts.get("recap.agenda.partenaire", partner.name()))
                .orElse("");
        String line = texts.get("recap.agenda.ligne", event.key(), Markup.literal(event.title()), when) + where + by;
        return occurrence.cancelled() ? texts.get("recap.agenda.annule", line) : line;
    }
}
