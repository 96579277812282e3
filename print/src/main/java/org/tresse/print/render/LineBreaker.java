package org.tresse.print.render;

import java.text.BreakIterator;
import java.util.Locale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where lines may break in a PDF: the JDK's line breaks, but never right after an apostrophe
 * followed by a letter (the JDK would cut "aujourd’|hui" or "l’|association").
 */
final class LineBreaker implements FSTextBreaker {
    private final BreakIterator breaks;
    private String text = "";

    LineBreaker(Locale locale) {
        this.breaks = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        breaks.setText(newText);
    }

    @Override
    public int next() {
        int next = breaks.next();
        while (next != BreakIterator.DONE && next > 0 && next < text.length() && isApostrophe(text.charAt(next - 1))
                && Character.isLetter(text.charAt(next))) {
            next = breaks.next();
        }
        return next;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '\'';
    }
}
