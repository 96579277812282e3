package org.tresse.core.feature;

import java.util.Objects;

/**
 * A kind of part that features contribute and that some other piece runs: the command router's
 * commands, the digest's sections, the web server's routes. Declared by the module that runs the
 * parts, as a constant: {@code Extension.of("command", Command.class)}.
 */
public record Extension<T>(String name, Class<T> type) {
    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> Extension<T> of(String name, Class<T> type) {
        return new Extension<>(name, type);
    }
}
