package org.tresse.core.event;

import java.util.Objects;
import java.util.Optional;
import org.tresse.core.message.Identity;

/**
 * A partner association of the commune, from {@code tresse.yml}: it submits events for the shared
 * village agenda; coordinators approve them.
 *
 * @param id      short name used in commands: {@code --partenaire comite-fetes}
 * @param contact the identity that speaks for it (submits without {@code --partenaire}, hears the answer)
 */
public record Partner(String id, String name, Optional<Identity> contact) {
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }
}
