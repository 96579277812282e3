package org.tresse.core.markup;

import java.util.Objects;

/**
 * A piece of Tresse's markup that Tresse wrote itself — a template's text (a command's usage), a
 * list whose labels were already quoted with {@link Markup#literal} — to be put as it is among a
 * refusal's arguments. Every other argument of a refusal is what someone typed, and is quoted
 * literally when the refusal is shown ({@code UserError.message}).
 */
public record Formatted(String markup) {
    public Formatted {
        Objects.requireNonNull(markup, "markup");
    }

    public static Formatted of(String markup) {
        return new Formatted(markup);
    }

    /** The markup itself, so that a text shown as plain (a page, the command line) reads it as before. */
    @Override
    public String toString() {
        return markup;
    }
}
