package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

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
                throw new InvalidField("places[" + i + "].name", said("config.events.lieu.declare.deux", name));
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            String id = partners.get(i).id();
            if (!ids.add(id)) {
                throw new InvalidField("partners[" + i + "].id", said("config.events.association.declaree.deux", id));
            }
        }
        if (reminders.size() > MOST_REMINDERS) {
            throw new InvalidField("reminders", said("config.events.plus.rappels.exemple", MOST_REMINDERS));
        }
        for (int i = 0; i < reminders.size(); i++) {
            Duration before = reminders.get(i);
            if (before.isZero() || before.isNegative() || before.compareTo(LONGEST) > 0) {
                throw new InvalidField("reminders[" + i + "]", said("config.events.rappel.vient.minute"));
            }
        }
        if (agendaCloses.isNegative() || agendaCloses.compareTo(LONGEST) > 0) {
            throw new InvalidField("agenda-closes", said("config.events.ordre.jour.clot"));
        }
    }

    public static EventsSettings defaults() {
        return new EventsSettings(null, null, null, null);
    }
}
