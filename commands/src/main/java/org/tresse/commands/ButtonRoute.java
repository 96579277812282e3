package org.tresse.commands;

import java.util.Objects;
import org.tresse.core.message.Payload;

/** What runs when a button whose data starts with {@code prefix} (e.g. {@code "v:"}) is pressed. */
public record ButtonRoute(String prefix, InteractionHandler<Payload.ButtonPress> handler) {
    public ButtonRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(handler, "handler");
    }
}
