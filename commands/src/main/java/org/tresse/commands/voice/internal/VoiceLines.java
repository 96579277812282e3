package org.tresse.commands.voice.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.voice.Voice;

/** How voices are shown in messages. */
public final class VoiceLines {
    private static final int EXCERPT = 100;

    private VoiceLines() {}

    /** A one-line excerpt, literal in a message: line breaks as spaces, cut with an ellipsis. */
    public static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return Markup.literal(line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).stripTrailing() + "…");
    }

    /** {@code #café #horaires}, literal in a message (a tag may hold "_"). */
    public static String tags(List<String> tags) {
        return Markup.literal(tags.stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
    }

    public static String date(Texts texts, LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("avis.format.date"), texts.language().locale()).format(date);
    }

    /** {@code n°12 · 2 mars · nouveau · #café · Ana — « excerpt »} */
    public static String line(Texts texts, Voice voice, String author) {
        String tags = voice.tags().isEmpty() ? "" : " · " + tags(voice.tags());
        return texts.get("avis.ligne", voice.id(), date(texts, voice.createdOn()), status(texts, voice), tags, author,
                excerpt(voice.text()));
    }

    /** The author's name (literal), marked when the channel did not vouch for the sender (a forged From is possible). */
    public static String author(Texts texts, Voice voice, String name) {
        boolean unverified = voice.source().map(source -> !source.verified()).orElse(false);
        return unverified ? texts.get("avis.auteur.non.verifie", Markup.literal(name)) : Markup.literal(name);
    }

    public static String status(Texts texts, Voice voice) {
        return texts.get("avis.statut." + voice.status().name());
    }
}
