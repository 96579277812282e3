package org.tresse.core.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Every user-facing text, from resource bundles. Each feature contributes its bundle (a base name
 * such as {@code org.tresse.commands.texts}); the base file is French, {@code _en} is English. A
 * key is looked up in the person's language, then in French. The bundles are read at the first
 * lookup, once the features are installed.
 */
public final class I18n {
    public static final String CORE_BUNDLE = "org.tresse.core.i18n.texts";
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language defaultLanguage;
    private final Supplier<List<String>> baseNames;
    private volatile Map<Language, List<ResourceBundle>> bundles;

    /** With the bundles known now (tests, tools). */
    public I18n(Language defaultLanguage, List<String> baseNames) {
        this(defaultLanguage, () -> baseNames);
    }

    /** With the bundles the installed features contributed, asked for at the first lookup. */
    public I18n(Language defaultLanguage, Supplier<List<String>> baseNames) {
        this.defaultLanguage = defaultLanguage;
        this.baseNames = baseNames;
    }

    private Map<Language, List<ResourceBundle>> bundles() {
        Map<Language, List<ResourceBundle>> loaded = bundles;
        if (loaded == null) {
            synchronized (this) {
                loaded = bundles;
                if (loaded == null) {
                    loaded = load(baseNames.get());
                    bundles = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<Language, List<ResourceBundle>> load(List<String> baseNames) {
        List<String> names = new ArrayList<>(baseNames);
        if (!names.contains(CORE_BUNDLE)) {
            names.add(0, CORE_BUNDLE);
        }
        Map<Language, List<ResourceBundle>> loaded = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<ResourceBundle> forLanguage = new ArrayList<>();
            for (String name : names) {
                forLanguage.add(ResourceBundle.getBundle(name, language.locale(), I18n.class.getClassLoader(), NO_LOCALE_FALLBACK));
            }
            loaded.put(language, List.copyOf(forLanguage));
        }
        return loaded;
    }

    /** Every bundle, in one language: for the test that checks both languages have the same keys. */
    public List<ResourceBundle> bundles(Language language) {
        return bundles().get(language);
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    public Texts texts(Language language) {
        return new Texts(language == null ? defaultLanguage : language, this);
    }

    String pattern(Language language, String key) {
        Map<Language, List<ResourceBundle>> all = bundles();
        for (ResourceBundle bundle : all.get(language)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        for (ResourceBundle bundle : all.get(Language.FR)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no text for " + key, I18n.class.getName(), key);
    }

    /** Whether any bundle has {@code key}. */
    public boolean has(String key) {
        return bundles().get(Language.FR).stream().anyMatch(bundle -> bundle.containsKey(key));
    }
}
