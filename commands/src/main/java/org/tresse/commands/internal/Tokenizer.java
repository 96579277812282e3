package org.tresse.commands.internal;

import java.util.ArrayList;
import java.util.List;
import org.tresse.core.engine.UserError;

/**
 * Splits a command line the way a shell does: spaces separate words, quotes group them.
 * Phones turn "quotes" into “curly” or «French» ones: all are understood. An apostrophe inside
 * a word is a letter ({@code l'assemblée}); 'single quotes' group words only when they open a
 * word and a closing one ends a word.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<String> split(String line) {
        return split(line, false);
    }

    /**
     * As {@link #split(String)}, but a quote never closed is a letter: for a command whose words
     * are a free text ({@code /avis Il a dit "bonjour}), where a lone quote is writing, not a slip.
     */
    public static List<String> splitFreeText(String line) {
        return split(line, true);
    }

    private static List<String> split(String line, boolean lenient) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int index = 0;
        while (index < line.length()) {
            char current = line.charAt(index);
            char closing = doubleQuoteClosing(current);
            if (closing != 0) {
                int end = findClosing(line, index + 1, closing);
                if (end < 0 && lenient) {
                    word.append(current);
                    inWord = true;
                    index++;
                    continue;
                }
                if (end < 0) {
                    throw new UserError("erreur.guillemet", String.valueOf(current));
                }
                word.append(line, index + 1, end);
                if (current == '«') {
                    strip(word);
                }
                inWord = true;
                index = end + 1;
            } else if (current == '\'' && !inWord && singleQuoteEnd(line, index) > 0) {
                int end = singleQuoteEnd(line, index);
                word.append(line, index + 1, end);
                inWord = true;
                index = end + 1;
            } else if (Character.isWhitespace(current) || Character.isSpaceChar(current)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                index++;
            } else {
                word.append(current);
                inWord = true;
                index++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static char doubleQuoteClosing(char opening) {
        switch (opening) {
            case '"':
                return '"';
            case '“':
                return '”';
            case '«':
                return '»';
            default:
                return 0;
        }
    }

    private static int findClosing(String line, int from, char closing) {
        for (int index = from; index < line.length(); index++) {
            char current = line.charAt(index);
            if (current == closing || (closing == '”' && current == '"') || (closing == '"' && current == '”')) {
                return index;
            }
        }
        return -1;
    }

    /** The closing apostrophe that ends a word, or -1: then the apostrophe is a letter. */
    private static int singleQuoteEnd(String line, int open) {
        for (int index = open + 1; index < line.length(); index++) {
            if (line.charAt(index) == '\'' && (index + 1 == line.length() || Character.isWhitespace(line.charAt(index + 1)))) {
                return index;
            }
        }
        return -1;
    }

    private static void strip(StringBuilder word) {
        String stripped = word.toString().strip();
        word.setLength(0);
        word.append(stripped);
    }
}
