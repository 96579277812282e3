package org.tresse.commands.voice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.voice.VoiceText;

/**
 * What a person wrote as a voice, taken from the raw message so that line breaks and quotes stay
 * as typed: the text, its {@code #tags}, and whether {@code --anonyme} was asked.
 * A run of tags at the end is taken out of the text; tags inside a sentence stay in it.
 */
public record VoiceInput(String text, List<String> tags, boolean anonymous) {
    private static final Pattern COMMAND = Pattern.compile("^/\\S+");
    /** A word and the space before it. */
    private static final Pattern WORD = Pattern.compile("(^|\\s)(\\S+)");

    public VoiceInput {
        tags = List.copyOf(tags);
    }

    /** A command's text: {@code /avis ...}, the command word removed; {@code anonymity} tells the words asking for it. */
    public static VoiceInput ofCommand(String message, Predicate<String> anonymity) {
        return of(COMMAND.matcher(message.strip()).replaceFirst(""), anonymity);
    }

    /** A free text message; {@code anonymity} tells the words asking for it ({@code --anonyme}), taken out of the text. */
    public static VoiceInput of(String raw, Predicate<String> anonymity) {
        boolean[] anonymous = {false};
        String text = WORD.matcher(raw).replaceAll(word -> {
            if (anonymity.test(word.group(2))) {
                anonymous[0] = true;
                return Matcher.quoteReplacement(word.group(1));
            }
            return Matcher.quoteReplacement(word.group());
        });
        VoiceText written = VoiceText.read(text);
        return new VoiceInput(unquote(written.text()), written.tags(), anonymous[0]);
    }

    /** The text without the run of {@code #tags} (and spaces) at its end. */
    static String withoutTrailingTags(String text) {
        return VoiceText.read(text).text();
    }

    /** Several tags typed after a command: {@code #café #horaires}; empty if one is invalid. */
    public static Optional<List<String>> tags(List<String> words) {
        List<String> tags = new ArrayList<>();
        for (String word : words) {
            Optional<String> tag = VoiceText.tag(word);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            tags.add(tag.get());
        }
        return Optional.of(tags);
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
