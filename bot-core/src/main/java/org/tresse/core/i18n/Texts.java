package org.tresse.core.i18n;

/**
 * The texts of one language: {@code texts.get("aide.titre", name)}. Placeholders are {@code {0}},
 * {@code {1}}...; apostrophes need no escaping (this is not MessageFormat). A word that agrees with a
 * count is written {@code {0,plural,place|places}}: the first form for one (in French also for 0),
 * the second otherwise.
 */
public final class Texts {
    private static final String PLURAL = ",plural,";

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
            int plural = close > index ? pattern.indexOf(PLURAL, index) : -1;
            if (plural > index + 1 && plural < close && isNumber(pattern, index + 1, plural)) {
                int position = Integer.parseInt(pattern.substring(index + 1, plural));
                String[] forms = pattern.substring(plural + PLURAL.length(), close).split("\\|", 2);
                boolean one = position < arguments.length && isOne(arguments[position]);
                result.append(one || forms.length == 1 ? forms[0] : forms[1]);
                index = close + 1;
            } else if (close > index + 1 && isNumber(pattern, index + 1, close)) {
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

    /** Whether {@code count} takes the singular: 1 (and 0 in French); a formatted count ("1 234") is read back. */
    private boolean isOne(Object count) {
        long value;
        if (count instanceof Number number) {
            value = number.longValue();
        } else {
            String digits = String.valueOf(count).replaceAll("[^0-9-]", "");
            try {
                value = Long.parseLong(digits);
            } catch (NumberFormatException notACount) {
                return false;
            }
        }
        return value == 1 || language == Language.FR && value == 0;
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
