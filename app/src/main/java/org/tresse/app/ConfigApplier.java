package org.tresse.app;

import java.util.Optional;
import org.tresse.config.GroupSettings;
import org.tresse.config.MatrixRoom;
import org.tresse.config.RoleGrant;
import org.tresse.config.TelegramRoom;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/** Puts what the configuration declares (groups, admins, roles) into the database at start-up. */
final class ConfigApplier {
    private ConfigApplier() {}

    static void apply(TresseConfig config, CoreServices core) {
        core.database().useTransaction(handle -> {
            for (GroupSettings group : config.groups()) {
                core.groups().define(handle, new Group(group.id(), group.name(), group.open()));
            }
            if (config.channels().telegram() != null) {
                for (TelegramRoom room : config.channels().telegram().rooms()) {
                    if (room.group() != null) {
                        core.groups().attachRoom(handle, "telegram", Long.toString(room.chat()), room.group());
                    }
                }
            }
            if (config.channels().matrix() != null) {
                for (MatrixRoom room : config.channels().matrix().rooms()) {
                    if (room.group() != null) {
                        core.groups().attachRoom(handle, "matrix", room.room(), room.group());
                    }
                }
            }
            for (String admin : config.admins()) {
                grant(core, handle, admin, Role.ADMIN, Optional.empty());
            }
            for (RoleGrant grant : config.roles()) {
                grant(core, handle, grant.identity(), Role.valueOf(grant.role().name()), Optional.ofNullable(grant.group()));
            }
        });
    }

    private static void grant(CoreServices core, Handle handle, String identity, Role role, Optional<String> group) {
        Identity parsed = Identity.parse(identity);
        Person person = core.people().resolve(handle, parsed, parsed.id());
        core.people().grant(handle, person.id(), role, group);
    }
}
