package org.tresse.app;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.config.EventsSettings;
import org.tresse.config.PartnerSettings;
import org.tresse.config.PlaceSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Partner;
import org.tresse.core.event.Place;
import org.tresse.core.message.Identity;

/** The events' places, partner associations and reminders, from {@code tresse.yml}'s {@code events} section. */
final class EventWiring {
    private EventWiring() {}

    static EventRules rules(TresseConfig config, Optional<String> publicUrl) {
        EventsSettings events = config.events();
        return new EventRules(
                events.places().stream().map(EventWiring::place).toList(),
                events.partners().stream().map(EventWiring::partner).toList(),
                events.reminders(),
                events.agendaCloses(),
                config.association().name(),
                organizerMail(config, publicUrl));
    }

    private static Place place(PlaceSettings place) {
        return new Place(place.name(), Optional.ofNullable(place.address()),
                place.capacity() == null ? OptionalInt.empty() : OptionalInt.of(place.capacity()));
    }

    private static Partner partner(PartnerSettings partner) {
        return new Partner(partner.id(), partner.name(), Optional.ofNullable(partner.contact()).map(Identity::parse));
    }

    /** Calendars name an organizer's address: the bot's mailbox, else a no-reply address on the site's host. */
    private static String organizerMail(TresseConfig config, Optional<String> publicUrl) {
        if (config.channels().email() != null) {
            return config.channels().email().address();
        }
        return publicUrl.map(url -> URI.create(url).getHost()).filter(host -> host != null && host.contains("."))
                .map(host -> "noreply@" + host).orElse("tresse@localhost");
    }
}
