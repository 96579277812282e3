package org.tresse.config;

import org.tresse.config.internal.Said;

/**
 * Something legal in the configuration that is probably not what was meant: {@code tresse check}
 * shows it and still accepts the file.
 *
 * @param field   the field, e.g. {@code channels.email.address}
 * @param french  what to know, in French
 * @param english the same in English
 */
public record ConfigWarning(String field, String french, String english) {
    public ConfigWarning(String field, Said said) {
        this(field, said.french(), said.english());
    }
}
