package org.tresse.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tresse.core.CoreServices;
import org.tresse.core.groups.Group;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * What {@code tresse run} says in the console as it starts, before anyone writes: which settings and
 * where the data is, who is admin and how to change it, which groups there are and how to declare
 * others. On a fresh database the person named with {@code --as} (else the system's user name)
 * becomes admin now, so that the first thing said is who it is.
 */
final class StartBanner {
    /** The texts of the app's own words: this banner. */
    static final String BUNDLE = "org.tresse.app.texts";
    private static final String CONSOLE = "console";

    private StartBanner() {}

    /**
     * @param configFile the file read, empty for the embedded defaults
     * @param speaker    who speaks first in the console
     */
    static List<String> lines(CoreServices core, Optional<Path> configFile, Path dataDirectory, String speaker) {
        Texts texts = core.i18n().texts(null);
        return core.database().inTransaction(handle -> {
            List<String> lines = new ArrayList<>();
            String data = dataDirectory.toAbsolutePath().normalize().toString();
            lines.add(configFile.map(file -> texts.get("demarrage.reglages.fichier", file, data))
                    .orElseGet(() -> texts.get("demarrage.reglages.integres", data)));
            lines.add(admins(core, handle, texts, speaker));
            lines.add(groups(core, handle, texts, configFile.isEmpty()));
            return lines;
        });
    }

    private static String admins(CoreServices core, Handle handle, Texts texts, String speaker) {
        Identity console = new Identity(CONSOLE, speaker);
        List<Long> admins = core.people().withRole(handle, Role.ADMIN, Optional.empty());
        if (admins.isEmpty()) {
            // the first person of a fresh database's console: whoever installs Tresse
            Person first = core.people().resolve(handle, console, speaker);
            if (core.people().hasRole(handle, first.id(), Role.ADMIN, Optional.empty())) {
                return texts.get("demarrage.admin.nouveau", speaker, console);
            }
            return texts.get("demarrage.admin.aucun", speaker);
        }
        String names = admins.stream().map(id -> name(core, handle, id)).collect(Collectors.joining(", "));
        boolean speakerIsAdmin = core.people().findByIdentity(handle, console)
                .filter(person -> admins.contains(person.id())).isPresent();
        if (speakerIsAdmin) {
            return texts.get("demarrage.admin.vous", names, speaker);
        }
        Optional<String> consoleAdmin = admins.stream().flatMap(id -> core.people().identities(handle, id).stream())
                .filter(identity -> identity.channel().equals(CONSOLE)).map(Identity::id).findFirst();
        return consoleAdmin.map(other -> texts.get("demarrage.admin.autre", names, speaker, other))
                .orElseGet(() -> texts.get("demarrage.admin", names, speaker));
    }

    private static String name(CoreServices core, Handle handle, long id) {
        String who = core.people().find(handle, id).map(Person::displayName).orElse("#" + id);
        String where = core.people().identities(handle, id).stream().map(Identity::toString).collect(Collectors.joining(", "));
        return who + " (" + where + ")";
    }

    private static String groups(CoreServices core, Handle handle, Texts texts, boolean embedded) {
        List<Group> all = core.groups().all(handle);
        if (all.isEmpty()) {
            return texts.get("demarrage.groupes.aucun");
        }
        String names = all.stream()
                .map(group -> group.open() ? group.slug() : texts.get("demarrage.groupe.ferme", group.slug()))
                .collect(Collectors.joining(", "));
        return texts.get(embedded ? "demarrage.groupes.essai" : "demarrage.groupes", names);
    }
}
