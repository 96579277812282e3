package org.tresse.print.internal;

/** A text cut to a length for a table or a chart label, on one line, an ellipsis where it was cut. */
public final class Excerpt {
    private Excerpt() {}

    public static String of(String text, int length) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= length) {
            return line;
        }
        int cut = line.lastIndexOf(' ', length - 1);
        return (cut > length / 2 ? line.substring(0, cut) : line.substring(0, length - 1)).strip() + "…";
    }
}
