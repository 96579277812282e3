package org.tresse.config.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration's words for the volunteer who edits it (bundle {@code org.tresse.config.texts},
 * French base, English beside): {@code said("config.checks.champ.obligatoire.ecrivez", example)}.
 * Placeholders are {@code {0}}, {@code {1}}...; apostrophes need no escaping (this is not MessageFormat).
 */
public final class ConfigTexts {
    public static final String BUNDLE = "org.tresse.config.texts";
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    private ConfigTexts() {}

    /** The text of {@code key} in French and in English, {@code arguments} in place. */
    public static Said said(String key, Object... arguments) {
        return new Said(text(Locale.ROOT, key, arguments), text(Locale.ENGLISH, key, arguments));
    }

    /** The text of {@code key} in each language with {@code part} (in that language) as {@code {0}}, then {@code more}. */
    public static Said with(String key, Said part, Object... more) {
        Object[] french = new Object[more.length + 1];
        Object[] english = new Object[more.length + 1];
        french[0] = part.french();
        english[0] = part.english();
        System.arraycopy(more, 0, french, 1, more.length);
        System.arraycopy(more, 0, english, 1, more.length);
        return new Said(text(Locale.ROOT, key, french), text(Locale.ENGLISH, key, english));
    }

    /** The text of {@code key} in French, or in English. */
    public static String in(boolean french, String key, Object... arguments) {
        return text(french ? Locale.ROOT : Locale.ENGLISH, key, arguments);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ConfigTexts.class.getClassLoader(), NO_LOCALE_FALLBACK).getString(key);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        return placeholder.replaceAll(found -> {
            int position = Integer.parseInt(found.group(1));
            return Matcher.quoteReplacement(position < arguments.length ? String.valueOf(arguments[position]) : found.group());
        });
    }
}
