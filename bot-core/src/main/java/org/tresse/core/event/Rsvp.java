package org.tresse.core.event;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Vocabulary;

/** An answer to an invitation. */
public enum Rsvp {
    YES,
    NO,
    MAYBE;

    /** The letter a button carries. */
    public String code() {
        return name().substring(0, 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Rsvp> ofCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code().equals(code)).findFirst();
    }

    /** An answer as people write it ({@code mots.rsvp.*}: oui, non, peut-être, yes, maybe…). */
    public static Optional<Rsvp> parse(String text) {
        Vocabulary words = Vocabulary.of(Events.BUNDLE);
        return Arrays.stream(values()).filter(answer -> words.means("mots.rsvp." + answer.name(), text)).findFirst();
    }

    /** Whether the person is expected (reminders go to them). */
    public boolean coming() {
        return this != NO;
    }
}
