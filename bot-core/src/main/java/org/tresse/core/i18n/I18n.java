package org.tresse.core.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text, from resource bundles. Each module adds its bundle (a base name such as
 * {@code org.tresse.commands.texts}); the base file is French, {@code _en} is English. A key is
 * looked up in the person's language, then in French.
 */
public final class I18n {
    public static final String CORE_BUNDLE = "org.tresse.core.i18n.texts";
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<Language, List<ResourceBundle>> bundles = new EnumMap<>(Language.class);
    private final Language defaultLanguage;

    public I18n(Language defaultLanguage, List<String> baseNames) {
        this.defaultLanguage = defaultLanguage;
        List<String> names = new ArrayList<>(baseNames);
        if (!names.contains(CORE_BUNDLE)) {
            names.add(0, CORE_BUNDLE);
        }
        for (Language language : Language.values()) {
            List<ResourceBundle> loaded = new ArrayList<>();
            for (String name : names) {
                loaded.add(ResourceBundle.getBundle(name, language.locale(), I18n.class.getClassLoader(), NO_LOCALE_FALLBACK));
            }
            bundles.put(language, List.copyOf(loaded));
        }
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    public Texts texts(Language language) {
        return new Texts(language == null ? defaultLanguage : language, this);
    }

    String pattern(Language language, String key) {
        for (ResourceBundle bundle : bundles.get(language)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        for (ResourceBundle bundle : bundles.get(Language.FR)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no text for " + key, I18n.class.getName(), key);
    }

    /** Whether any bundle has {@code key}. */
    public boolean has(String key) {
        return bundles.get(Language.FR).stream().anyMatch(bundle -> bundle.containsKey(key));
    }
}
