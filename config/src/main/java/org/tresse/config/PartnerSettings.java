package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.regex.Pattern;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.Identities;
import org.tresse.config.internal.InvalidField;

/**
 * A partner association of the commune: it submits events to the shared village agenda
 * ({@code /evenement proposer}), which coordinators approve.
 *
 * @param id      short name used in commands ({@code --partenaire comite-fetes}): {@code [a-z0-9-]{1,40}}
 * @param name    the name people read; defaults to the id
 * @param contact the identity that speaks for it ({@code channel:id}), or null: it submits, it hears the answer
 */
public record PartnerSettings(String id, String name, String contact) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");

    public PartnerSettings {
        id = Checks.required(id, "id", "id: comite-fetes");
        if (!ID.matcher(id).matches()) {
            throw new InvalidField("id", said("config.partner.convient.comme.identifiant", id));
        }
        name = Checks.trimToNull(name);
        name = name == null ? id : name;
        contact = contact == null ? null : Identities.check(contact, "contact");
    }
}
