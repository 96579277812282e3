package org.tresse.core.poll;

import java.util.Optional;
import org.tresse.core.poll.internal.Folding;

/** The seven grades of majority judgment, best first. */
public enum Grade {
    EXCELLENT("Excellent", "Excellent", "excellent", "ex", "tres tres bien", "top"),
    TRES_BIEN("Très bien", "Very good", "tres bien", "tb", "very good", "very well"),
    BIEN("Bien", "Good", "bien", "b", "good"),
    ASSEZ_BIEN("Assez bien", "Fairly good", "assez bien", "ab", "fairly good", "quite good"),
    PASSABLE("Passable", "Passable", "passable", "p", "fair", "acceptable", "ok"),
    INSUFFISANT("Insuffisant", "Insufficient", "insuffisant", "i", "insufficient", "poor", "bad"),
    A_REJETER("À rejeter", "To reject", "a rejeter", "rejeter", "rejet", "reject", "to reject", "rejected");

    private final String french;
    private final String english;
    private final String[] spellings;

    Grade(String french, String english, String... spellings) {
        this.french = french;
        this.english = english;
        this.spellings = spellings;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** 0 for the best grade, 6 for the worst. */
    public int rank() {
        return ordinal();
    }

    public static Grade ofRank(int rank) {
        return values()[rank];
    }

    /** A grade as people write it: "très bien", "Tres-Bien", "TB", "very good"... */
    public static Optional<Grade> parse(String text) {
        String folded = Folding.fold(text);
        for (Grade grade : values()) {
            for (String spelling : grade.spellings) {
                if (spelling.equals(folded)) {
                    return Optional.of(grade);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some grade is written with two words starting with {@code first} ("très" of "très bien"). */
    static boolean startsTwoWordGrade(String first) {
        String folded = Folding.fold(first);
        for (Grade grade : values()) {
            for (String spelling : grade.spellings) {
                if (spelling.startsWith(folded + " ")) {
                    return true;
                }
            }
        }
        return false;
    }
}
