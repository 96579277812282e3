package org.tresse.core.event;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tresse.core.message.Identity;
import org.tresse.core.text.Folding;

/**
 * What the events are told from {@code tresse.yml}.
 *
 * @param places        where events happen; when empty, any place may be named
 * @param partners      the partner associations that may submit events to the village agenda
 * @param reminders     how long before an occurrence those who said yes or maybe are reminded (the day before, two hours before)
 * @param agendaCloses  how long before a meeting members stop adding items to its agenda
 * @param organizer     the name calendars show as organizer
 * @param organizerMail the address calendars show as organizer ({@code mailto:}); the bot's mailbox
 */
public record EventRules(List<Place> places, List<Partner> partners, List<Duration> reminders, Duration agendaCloses,
        String organizer, String organizerMail) {
    public static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofDays(1), Duration.ofHours(2));
    public static final Duration DEFAULT_AGENDA_CLOSES = Duration.ofDays(1);

    public EventRules {
        places = List.copyOf(places);
        partners = List.copyOf(partners);
        reminders = reminders.stream().sorted(Comparator.reverseOrder()).distinct().toList();
        Objects.requireNonNull(agendaCloses, "agendaCloses");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(organizerMail, "organizerMail");
        for (Duration before : reminders) {
            if (before.isNegative() || before.isZero()) {
                throw new IllegalArgumentException("a reminder comes before the event: " + before);
            }
        }
    }

    /** No places, no partners, reminders the day before and two hours before. */
    public static EventRules defaults() {
        return new EventRules(List.of(), List.of(), DEFAULT_REMINDERS, DEFAULT_AGENDA_CLOSES, "Tresse", "tresse@localhost");
    }

    public EventRules withPlaces(List<Place> newPlaces) {
        return new EventRules(newPlaces, partners, reminders, agendaCloses, organizer, organizerMail);
    }

    public EventRules withPartners(List<Partner> newPartners) {
        return new EventRules(places, newPartners, reminders, agendaCloses, organizer, organizerMail);
    }

    /** The configured place of that name (case, accents and hyphens ignored). */
    public Optional<Place> place(String name) {
        String wanted = Folding.forSearch(name);
        return places.stream().filter(place -> Folding.forSearch(place.name()).equals(wanted)).findFirst();
    }

    public Optional<Partner> partner(String id) {
        String wanted = Folding.forSearch(id);
        return partners.stream().filter(partner -> Folding.forSearch(partner.id()).equals(wanted)
                || Folding.forSearch(partner.name()).equals(wanted)).findFirst();
    }

    /** The partner whose contact is {@code identity}. */
    public Optional<Partner> partnerOf(Identity identity) {
        return partners.stream().filter(partner -> partner.contact().filter(identity::equals).isPresent()).findFirst();
    }

    /** The longest reminder delay, or none. */
    public Duration earliestReminder() {
        return reminders.isEmpty() ? Duration.ZERO : reminders.get(0);
    }
}
