package org.tresse.config.internal;

/** One text of the configuration's bundle in both languages, arguments in place. */
public record Said(String french, String english) {
    /** Nothing, in both languages. */
    public static final Said NOTHING = new Said("", "");

    /** This text followed by {@code next}, in each language. */
    public Said then(Said next) {
        return new Said(french + next.french, english + next.english);
    }
}
