package org.tresse.commands.voice.internal;

import org.tresse.core.i18n.Vocabulary;

/** "Bonjour !", "salut", "merci" alone: a greeting, not a voice to pass on to the coordinators. */
public final class Greetings {
    private Greetings() {}

    /** Whether the whole text, punctuation aside, is one of the greetings ({@code mots.salutation}). */
    public static boolean isGreeting(String bundle, String text) {
        String words = text.replaceAll("[^\\p{L}\\p{N}' ]+", " ");
        return Vocabulary.of(bundle).means("mots.salutation", words);
    }
}
