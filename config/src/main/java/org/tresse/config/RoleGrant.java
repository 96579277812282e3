package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.List;
import java.util.Locale;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.Identities;
import org.tresse.config.internal.InvalidField;
import org.tresse.config.internal.SpokenEnum;

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
            throw new InvalidField("role", said("config.role.manque.role.ecrivez"));
        }
        group = Checks.trimToNull(group);
    }

    /** Roles, each including the ones before it; written in English or as the bot shows them in French. */
    public enum Role implements SpokenEnum {
        RESIDENT("habitant", "habitante", "habitant·e", "resident", "residente", "habitant-e"),
        MEMBER("membre", "adherent", "adherente", "adherent·e"),
        COORDINATOR("coordination", "coordinateur", "coordinatrice", "coordinateur·rice", "coordinateur-rice"),
        ADMIN("administrateur", "administratrice", "administration");

        private final List<String> words;

        Role(String... words) {
            this.words = List.of(words);
        }

        @Override
        public List<String> words() {
            return words;
        }

        /** How the file writes it: {@code resident}, {@code member}... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
