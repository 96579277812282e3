package org.tresse.core.i18n;

/**
 * The texts of one language: {@code texts.get("aide.titre", name)}. Placeholders are {@code {0}},
 * {@code {1}}...; apostrophes need no escaping (this is not MessageFormat).
 */
public final class Texts {
    private final Language language;
    private final I18n i18n;

    Texts(Language language, I18n i18n) {
        this.language = language;
        this.i18n = i18n;
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... arguments) {
        String pattern = i18n.pattern(language, key);
        if (arguments.length == 0) {
            return pattern;
        }
        StringBuilder result = new StringBuilder(pattern.length() + 32);
        int index = 0;
        while (index < pattern.length()) {
            char current = pattern.charAt(index);
            int close = current == '{' ? pattern.indexOf('}', index) : -1;
            if (close > index + 1 && isNumber(pattern, index + 1, close)) {
                int position = Integer.parseInt(pattern.substring(index + 1, close));
                result.append(position < arguments.length ? String.valueOf(arguments[position]) : pattern.substring(index, close + 1));
                index = close + 1;
            } else {
                result.append(current);
                index++;
            }
        }
        return result.toString();
    }

    private static boolean isNumber(String text, int from, int to) {
        for (int index = from; index < to; index++) {
            if (!Character.isDigit(text.charAt(index))) {
                return false;
            }
        }
        return true;
    }
}
