package org.tresse.core.markup;

import java.util.List;

/** A paragraph or a list. */
public sealed interface Block {
    record Paragraph(List<Inline> content) implements Block {}

    /** A list; {@code numbered} for "1. ..." items, bullets otherwise. */
    record ListBlock(boolean numbered, List<List<Inline>> items) implements Block {}
}
