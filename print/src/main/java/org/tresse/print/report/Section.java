package org.tresse.print.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One part of a report, listed in its table of contents.
 *
 * @param anchor a short id ({@code participation}), unique in the report, for links
 */
public record Section(String anchor, String title, List<Block> blocks) {
    private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Section {
        if (!ANCHOR.matcher(anchor).matches()) {
            throw new IllegalArgumentException("a section anchor is lower case letters, digits and dashes: " + anchor);
        }
        blocks = List.copyOf(blocks);
    }
}
