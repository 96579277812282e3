package org.tresse.core.poll;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;

/** The seven grades of majority judgment, best first. */
public enum Grade {
    EXCELLENT,
    TRES_BIEN,
    BIEN,
    ASSEZ_BIEN,
    PASSABLE,
    INSUFFISANT,
    A_REJETER;

    /** The grade's name, in {@code texts}' language: "Très bien", "Very good". */
    public String label(Texts texts) {
        return texts.get("mention." + name());
    }

    /** 0 for the best grade, 6 for the worst. */
    public int rank() {
        return ordinal();
    }

    public static Grade ofRank(int rank) {
        return values()[rank];
    }

    /** A grade as people write it: "très bien", "Tres-Bien", "TB", "very good"... ({@code mots.mention.*}). */
    public static Optional<Grade> parse(String text) {
        Vocabulary words = Vocabulary.of(Polls.BUNDLE);
        return Arrays.stream(values()).filter(grade -> words.means("mots.mention." + grade.name(), text)).findFirst();
    }

    /** Whether some grade is written with two words starting with {@code first} ("très" of "très bien"). */
    static boolean startsTwoWordGrade(String first) {
        Vocabulary words = Vocabulary.of(Polls.BUNDLE);
        String start = Vocabulary.fold(first) + " ";
        return Arrays.stream(values()).flatMap(grade -> words.words("mots.mention." + grade.name()).stream())
                .anyMatch(word -> word.startsWith(start));
    }
}
