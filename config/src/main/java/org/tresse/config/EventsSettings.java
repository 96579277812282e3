package org.tresse.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Events and the village agenda.
 *
 * @param places        where events happen; when none is listed, any place may be named
 * @param partners      the partner associations that submit events to the village agenda
 * @param reminders     how long before an event those who said yes or maybe are reminded; YAML
 *                      {@code reminders: [1d, 2h]} (the default), {@code []} for none
 * @param agendaCloses  how long before a meeting members stop adding items to its agenda; default 1d
 */
public record EventsSettings(List<PlaceSettings> places, List<PartnerSettings> partners, List<Duration> reminders,
        Duration agendaCloses) {
    public static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofDays(1), Duration.ofHours(2));
    public static final Duration DEFAULT_AGENDA_CLOSES = Duration.ofDays(1);
    private static final Duration LONGEST = Duration.ofDays(30);
    private static final int MOST_REMINDERS = 4;

    public EventsSettings {
        places = Checks.list(places, "places");
        partners = Checks.list(partners, "partners");
        reminders = reminders == null ? DEFAULT_REMINDERS : Checks.list(reminders, "reminders");
        agendaCloses = agendaCloses == null ? DEFAULT_AGENDA_CLOSES : agendaCloses;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            String name = places.get(i).name();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidField("places[" + i + "].name",
                        "le lieu « " + name + " » est déclaré deux fois : supprimez le doublon.",
                        "place \"" + name + "\" is declared twice: remove the duplicate.");
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            String id = partners.get(i).id();
            if (!ids.add(id)) {
                throw new InvalidField("partners[" + i + "].id",
                        "l'association « " + id + " » est déclarée deux fois. Chacune doit avoir son propre id : supprimez le doublon "
                                + "ou changez son id.",
                        "association \"" + id + "\" is declared twice. Each needs its own id: remove the duplicate or change its id.");
            }
        }
        if (reminders.size() > MOST_REMINDERS) {
            throw new InvalidField("reminders",
                    "au plus " + MOST_REMINDERS + " rappels, par exemple reminders: [1d, 2h].",
                    "at most " + MOST_REMINDERS + " reminders, for example reminders: [1d, 2h].");
        }
        for (int i = 0; i < reminders.size(); i++) {
            Duration before = reminders.get(i);
            if (before.isZero() || before.isNegative() || before.compareTo(LONGEST) > 0) {
                throw new InvalidField("reminders[" + i + "]",
                        "un rappel vient de 1 minute à 30 jours avant l'événement, par exemple reminders: [1d, 2h].",
                        "a reminder comes 1 minute to 30 days before the event, for example reminders: [1d, 2h].");
            }
        }
        if (agendaCloses.isNegative() || agendaCloses.compareTo(LONGEST) > 0) {
            throw new InvalidField("agenda-closes",
                    "l'ordre du jour se clôt de 0 à 30 jours avant la réunion, par exemple agenda-closes: 1d.",
                    "the agenda closes 0 to 30 days before the meeting, for example agenda-closes: 1d.");
        }
    }

    public static EventsSettings defaults() {
        return new EventsSettings(null, null, null, null);
    }
}
