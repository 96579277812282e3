package org.tresse.core.markup;

import java.util.List;

/** A text in Tresse's small Markdown subset, parsed: see {@link Markup}. */
public record Document(List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }
}
