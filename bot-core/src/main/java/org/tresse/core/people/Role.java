package org.tresse.core.people;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Vocabulary;

/** What a person may do. Each role includes the ones before it. */
public enum Role {
    RESIDENT,
    MEMBER,
    COORDINATOR,
    ADMIN;

    /** The texts of the people feature's domain words: how each role is written. */
    public static final String BUNDLE = "org.tresse.core.people.texts";

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** A role by one of its names, French or English ({@code mots.role.*} in the bundle), or its constant's name. */
    public static Optional<Role> parse(String text) {
        Vocabulary words = Vocabulary.of(BUNDLE);
        return Arrays.stream(values())
                .filter(role -> role.name().equalsIgnoreCase(text.strip()) || words.means("mots.role." + role.name(), text))
                .findFirst();
    }
}
