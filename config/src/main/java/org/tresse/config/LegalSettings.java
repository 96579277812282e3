package org.tresse.config;

import org.tresse.config.internal.Checks;

/**
 * What the mentions légales of the pages say (LCEN, article 6). Each field is optional; a page
 * with a field missing says it is to be completed.
 *
 * @param publisher    the director of publication (directeur·rice de la publication)
 * @param address      the association's registered address (siège)
 * @param email        a contact address
 * @param registration e.g. the RNA number {@code W462000000} or a SIRET
 * @param host         the hosting provider: name, address, telephone
 */
public record LegalSettings(String publisher, String address, String email, String registration, String host) {
    public LegalSettings {
        publisher = Checks.trimToNull(publisher);
        address = Checks.trimToNull(address);
        email = Checks.optionalEmail(email, "email");
        registration = Checks.trimToNull(registration);
        host = Checks.trimToNull(host);
    }

    public static LegalSettings defaults() {
        return new LegalSettings(null, null, null, null, null);
    }
}
