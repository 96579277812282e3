package org.tresse.core.text;

/**
 * Characters that change how a text reads without being seen: the direction embeddings,
 * overrides and isolates ("Pour\u202E ertnoC" shows as "Pour Contre", the Trojan Source trick).
 * The marks keyboards type for right-to-left languages (U+200E, U+200F) are not among them.
 */
public final class Invisible {
    private Invisible() {}

    public static boolean isDirectionOverride(char character) {
        return character >= '\u202A' && character <= '\u202E' || character >= '\u2066' && character <= '\u2069';
    }

    /** A name from a channel's profile (shown, never typed to Tresse) without control characters nor direction overrides. */
    public static String cleanName(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (!isDirectionOverride(character) && Character.getType(character) != Character.CONTROL) {
                kept.append(character);
            }
        }
        return kept.toString();
    }
}
