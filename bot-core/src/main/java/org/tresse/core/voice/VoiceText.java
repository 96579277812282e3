package org.tresse.core.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A voice as written, on any channel or form: its text and its {@code #tags}. A run of tags at the
 * end is taken out of the text; tags inside a sentence stay in it (and are tags too).
 */
public record VoiceText(String text, List<String> tags) {
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#([\\p{L}\\p{N}_-]+)");

    public VoiceText {
        tags = List.copyOf(tags);
    }

    /** Reads the tags of {@code raw} and strips the trailing ones from its text. */
    public static VoiceText read(String raw) {
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(raw);
        while (tag.find()) {
            Optional<String> normalized = tag(tag.group(1));
            normalized.filter(value -> tags.stream().noneMatch(known -> Tags.key(known).equals(Tags.key(value))))
                    .ifPresent(tags::add);
        }
        return new VoiceText(withoutTrailingTags(raw), tags);
    }

    /** A tag has at least one letter: {@code #1} is a number, not a tag. */
    public static Optional<String> tag(String word) {
        return Tags.normalize(word).filter(tag -> tag.codePoints().anyMatch(Character::isLetter));
    }

    /**
     * The text without the run of {@code #tags} (and spaces) at its end, read backwards in one pass:
     * a regular expression repeating a group recurses once per tag, and a few thousand tags
     * overflowed the stack.
     */
    static String withoutTrailingTags(String text) {
        int cut = skipSpacesBackwards(text, text.length());
        int kept = text.length();
        while (cut > 0) {
            int tagStart = cut;
            while (tagStart > 0 && isTagCharacter(text.codePointBefore(tagStart))) {
                tagStart -= Character.charCount(text.codePointBefore(tagStart));
            }
            if (tagStart == cut || tagStart == 0 || text.charAt(tagStart - 1) != '#') {
                break;
            }
            cut = skipSpacesBackwards(text, tagStart - 1);
            kept = cut;
        }
        return text.substring(0, kept).strip();
    }

    private static int skipSpacesBackwards(String text, int from) {
        int index = from;
        while (index > 0 && isSpace(text.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    /** What {@code \s} means in a pattern: ASCII white space. */
    private static boolean isSpace(char character) {
        return character == ' ' || character == '\t' || character == '\n' || character == '\u000B' || character == '\f'
                || character == '\r';
    }

    /** {@code [\p{L}\p{N}_-]}, by code point. */
    private static boolean isTagCharacter(int codePoint) {
        if (Character.isLetter(codePoint) || codePoint == '_' || codePoint == '-') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
