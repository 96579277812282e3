package org.tresse.core.markup;

import java.util.List;

/** A piece of text inside a paragraph or list item. */
public sealed interface Inline {
    /** Text as typed: a renderer escapes it for its format. */
    record Plain(String text) implements Inline {}

    record Bold(List<Inline> children) implements Inline {}

    record Italic(List<Inline> children) implements Inline {}

    /** A link whose target is {@code http}, {@code https} or {@code mailto} (others stay plain text). */
    record Link(String label, String url) implements Inline {}

    /** A line break inside a paragraph. */
    record LineBreak() implements Inline {}
}
