package org.tresse.commands.voice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.voice.Tags;

/**
 * What a person wrote as a voice, taken from the raw message so that line breaks and quotes stay
 * as typed: the text, its {@code #tags}, and whether {@code --anonyme} was asked.
 * A run of tags at the end is taken out of the text; tags inside a sentence stay in it.
 */
public record VoiceInput(String text, List<String> tags, boolean anonymous) {
    private static final Pattern COMMAND = Pattern.compile("^/\\S+");
    private static final Pattern ANONYMOUS = Pattern.compile("(?iu)(^|\\s)(?:--|—|–)(?:anonyme|anonymous)(?=\\s|$)");
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#([\\p{L}\\p{N}_-]+)");

    public VoiceInput {
        tags = List.copyOf(tags);
    }

    /** A command's text: {@code /avis ...}, the command word removed. */
    public static VoiceInput ofCommand(String message) {
        return of(COMMAND.matcher(message.strip()).replaceFirst(""));
    }

    /** A free text message. */
    public static VoiceInput of(String raw) {
        Matcher flag = ANONYMOUS.matcher(raw);
        boolean anonymous = flag.find();
        String text = ANONYMOUS.matcher(raw).replaceAll("$1");
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Optional<String> normalized = tagOf(tag.group(1));
            normalized.filter(value -> tags.stream().noneMatch(known -> Tags.key(known).equals(Tags.key(value))))
                    .ifPresent(tags::add);
        }
        text = withoutTrailingTags(text);
        return new VoiceInput(unquote(text), tags, anonymous);
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

    /** Several tags typed after a command: {@code #café #horaires}; empty if one is invalid. */
    public static Optional<List<String>> tags(List<String> words) {
        List<String> tags = new ArrayList<>();
        for (String word : words) {
            Optional<String> tag = tagOf(word);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            tags.add(tag.get());
        }
        return Optional.of(tags);
    }

    /** A tag has at least one letter: {@code #1} is a number, not a tag. */
    private static Optional<String> tagOf(String word) {
        return Tags.normalize(word).filter(tag -> tag.codePoints().anyMatch(Character::isLetter));
    }

    /** A text typed entirely "between quotes" loses them. */
    private static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            boolean quoted = (first == '"' && last == '"') || (first == '“' && last == '”') || (first == '«' && last == '»');
            String inner = text.substring(1, text.length() - 1);
            if (quoted && inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('«') < 0) {
                return inner.strip();
            }
        }
        return text;
    }
}
