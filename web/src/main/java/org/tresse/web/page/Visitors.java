package org.tresse.web.page;

import org.tresse.core.message.Identity;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.security.Secrets;

/** Fresh ids for what a visitor sends: the form's event, its room, an identity for a visitor nobody knows. */
final class Visitors {
    private Visitors() {}

    static String eventId() {
        return "f-" + Secrets.randomText(12);
    }

    /** The event of the form the page showed (its {@code envoi} field), so that sent twice it is handled once; else a fresh one. */
    static String eventId(org.tresse.web.http.WebRequest request, String form) {
        return request.form("envoi").filter(id -> id.matches("[A-Za-z0-9_-]{16,40}")).map(id -> "f-" + form + "-" + id)
                .orElseGet(Visitors::eventId);
    }

    static String room() {
        return "r-" + Secrets.randomText(12);
    }

    /** A visitor nobody knows: a new resident, unless their answer is anonymous (then forgotten). */
    static Identity newVisitor() {
        return new Identity(WebConnector.CHANNEL, "v-" + Secrets.randomText(12));
    }
}
