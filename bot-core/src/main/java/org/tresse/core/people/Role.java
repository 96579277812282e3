package org.tresse.core.people;

import java.util.Locale;
import java.util.Optional;

/** What a person may do. Each role includes the ones before it. */
public enum Role {
    RESIDENT("habitant", "resident"),
    MEMBER("membre", "member"),
    COORDINATOR("coordination", "coordinator"),
    ADMIN("admin", "admin");

    private final String french;
    private final String english;

    Role(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** A role by its French or English name, or by a few usual spellings. */
    public static Optional<Role> parse(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.french.equals(name) || role.english.equals(name) || role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        switch (name) {
            case "habitante", "résident", "résidente", "resident·e":
                return Optional.of(RESIDENT);
            case "adhérent", "adhérente", "adherent", "adherente", "membre·s":
                return Optional.of(MEMBER);
            case "coordinateur", "coordinatrice", "coordo":
                return Optional.of(COORDINATOR);
            case "administrateur", "administratrice":
                return Optional.of(ADMIN);
            default:
                return Optional.empty();
        }
    }
}
