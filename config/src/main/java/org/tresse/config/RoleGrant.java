package org.tresse.config;

import java.util.Locale;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.Identities;
import org.tresse.config.internal.InvalidField;

/**
 * A role given to someone from the configuration, on top of those given in the chats.
 *
 * @param identity {@code channel:id}, e.g. {@code telegram:42}
 * @param role     resident, member, coordinator or admin
 * @param group    a group id from {@code groups}, or null for the whole association
 */
public record RoleGrant(String identity, Role role, String group) {
    public RoleGrant {
        identity = Identities.check(identity, "identity");
        if (role == null) {
            throw new InvalidField("role",
                    "il manque le rôle. Écrivez role: resident, member, coordinator ou admin.",
                    "the role is missing. Write role: resident, member, coordinator or admin.");
        }
        group = Checks.trimToNull(group);
    }

    /** Roles, each including the ones before it. */
    public enum Role {
        RESIDENT, MEMBER, COORDINATOR, ADMIN;

        /** How the file writes it: {@code resident}, {@code member}... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
