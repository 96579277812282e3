package org.tresse.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.config.LegalSettings;
import org.tresse.config.MatrixRoom;
import org.tresse.config.TresseConfig;
import org.tresse.core.i18n.Language;

/**
 * Who the pages speak for and how they look: the association's name, description, logo and
 * colours (its charte graphique), legal notice, how to reach the bot, which groups stay private.
 *
 * @param baseUrl      the address links are written with, without a trailing slash
 * @param secure       the pages are reached over https (cookies get {@code Secure})
 * @param embedFrom    who may frame {@code /integrer}, or null for anyone
 * @param hiddenGroups groups whose decisions and polls stay off the public pages
 */
public record Site(String name, Optional<String> description, Optional<String> logoFile, String primaryColor,
        String accentColor, LegalSettings legal, String baseUrl, boolean secure, String embedFrom, Set<String> hiddenGroups,
        List<Contact> contacts, ZoneId zone, Language language) {

    public Site {
        hiddenGroups = Set.copyOf(hiddenGroups);
        contacts = List.copyOf(contacts);
    }

    /** A way to reach the bot: its kind ({@code telegram}, {@code matrix}, {@code email}), a label, an address. */
    public record Contact(String kind, String label, String href) {}

    /** The site as {@code tresse.yml} describes it. */
    public static Site from(TresseConfig config) {
        List<Contact> contacts = new ArrayList<>();
        var channels = config.channels();
        if (channels.telegram() != null && channels.telegram().username() != null) {
            String user = channels.telegram().username().replace("@", "");
            contacts.add(new Contact("telegram", "@" + user, "https://t.me/" + user));
        }
        if (channels.matrix() != null) {
            for (MatrixRoom room : channels.matrix().rooms()) {
                if (room.group() == null || config.group(room.group()).map(group -> group.publicPages()).orElse(true)) {
                    contacts.add(new Contact("matrix", room.room(), "https://matrix.to/#/" + room.room()));
                }
            }
        }
        if (channels.email() != null) {
            contacts.add(new Contact("email", channels.email().address(), "mailto:" + channels.email().address()));
            if (channels.email().feedbackAddress() != null) {
                contacts.add(new Contact("email-avis", channels.email().feedbackAddress(),
                        "mailto:" + channels.email().feedbackAddress()));
            }
        }
        var association = config.association();
        Language language = Language.parse(association.language().code()).orElse(Language.FR);
        return new Site(association.name(), Optional.ofNullable(association.description()), Optional.ofNullable(association.logo()),
                association.colors().primary(), association.colors().accent(), association.legal(), config.web().baseUrl(),
                config.web().baseUrl().startsWith("https://"), config.web().embedFrom(), config.privateGroups(), contacts,
                association.timezone(), language);
    }

    /** Whether something of {@code group} may appear on the public pages. */
    public boolean shows(Optional<String> group) {
        return group.map(slug -> !hiddenGroups.contains(slug)).orElse(true);
    }

    public String url(String path) {
        return baseUrl + path;
    }
}
