package org.tresse.commands.voice.internal;

import java.util.Set;
import org.tresse.commands.internal.Words;

/** "Bonjour !", "salut", "merci" alone: a greeting, not a voice to pass on to the coordinators. */
public final class Greetings {
    private static final Set<String> GREETINGS = Set.of("bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "bjr",
            "slt", "cc", "yo", "re", "ok", "okay", "oki", "merci", "merci beaucoup", "thanks", "thank you", "bonjour a tous",
            "salut a tous", "bonjour tresse", "salut tresse", "hello tresse", "good morning", "good evening");

    private Greetings() {}

    public static boolean isGreeting(String text) {
        String folded = Words.fold(text).replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll("\\s+", " ").strip();
        return GREETINGS.contains(folded);
    }
}
