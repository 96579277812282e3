package org.tresse.core.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tresse.core.text.Folding;

/**
 * The words Tresse understands, from resource bundles: {@code mots.pour=pour, oui, favorable} in
 * French (the base file) and {@code mots.pour=for, yes} in English beside it. Whatever a person's
 * language, a word of any language Tresse speaks is understood; words compare folded (case,
 * accents, apostrophes, hyphens ignored).
 */
public final class Vocabulary {
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Vocabulary> LOADED = new ConcurrentHashMap<>();

    private final String baseName;
    private final List<ResourceBundle> bundles;
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

    private Vocabulary(String baseName, List<ResourceBundle> bundles) {
        this.baseName = baseName;
        this.bundles = bundles;
    }

    /** The vocabulary of a bundle (read once, then kept). */
    public static Vocabulary of(String baseName) {
        return LOADED.computeIfAbsent(baseName, name -> {
            List<ResourceBundle> bundles = new ArrayList<>();
            for (Language language : Language.values()) {
                bundles.add(ResourceBundle.getBundle(name, language.locale(), Vocabulary.class.getClassLoader(), NO_LOCALE_FALLBACK));
            }
            return new Vocabulary(name, List.copyOf(bundles));
        });
    }

    /** Every word under {@code key}, folded, in every language, in the order written. */
    public Set<String> words(String key) {
        return words.computeIfAbsent(key, this::load);
    }

    /** How words compare: case, accents, apostrophes, hyphens and runs of spaces ignored. */
    public static String fold(String word) {
        return Folding.forSearch(word);
    }

    /** Whether {@code typed} is one of the words under {@code key}. */
    public boolean means(String key, String typed) {
        return words(key).contains(fold(typed));
    }

    /** The first of {@code keys} whose words contain {@code typed}. */
    public Optional<String> which(String typed, List<String> keys) {
        String folded = fold(typed);
        return keys.stream().filter(key -> words(key).contains(folded)).findFirst();
    }

    /** The words under {@code key} in one language only, as written (for help texts and suggestions). */
    public List<String> written(String key, Language language) {
        ResourceBundle bundle = bundles.get(language.ordinal());
        return bundle.containsKey(key) ? split(bundle.getString(key)) : List.of();
    }

    private Set<String> load(String key) {
        Set<String> all = new LinkedHashSet<>();
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                split(bundle.getString(key)).forEach(word -> all.add(fold(word)));
            }
        }
        if (all.isEmpty()) {
            throw new MissingResourceException("no words for " + key + " in " + baseName, baseName, key);
        }
        return Collections.unmodifiableSet(all);
    }

    private static List<String> split(String words) {
        List<String> list = new ArrayList<>();
        for (String word : words.split(",")) {
            if (!word.isBlank()) {
                list.add(word.strip());
            }
        }
        return List.copyOf(list);
    }
}
