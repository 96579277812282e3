package org.tresse.testkit.store;

import java.util.Locale;

/** Which database the tests of this run use, from the system property {@value #PROPERTY}. */
public enum StoreKind {
    H2, POSTGRESQL;

    public static final String PROPERTY = "tresse.test.store";

    /** {@code h2} (the default) or {@code postgresql}; anything else is a mistake said loudly. */
    public static StoreKind underTest() {
        String value = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "h2" -> H2;
            case "postgresql", "postgres", "pg" -> POSTGRESQL;
            default -> throw new IllegalStateException(PROPERTY + "=" + value + " is not a store: use h2 or postgresql");
        };
    }
}
