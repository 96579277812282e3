package org.tresse.print.poster;

import java.util.Locale;
import java.util.Optional;
import org.tresse.core.engine.UserError;

/** How posters sit on an A4 sheet: one A4 poster, two A5 flyers, four A6 flyers (cut along the dashed lines). */
public enum PosterLayout {
    A4("a4", 1, 210, 297, 180, 110, 46, 40),
    A5X2("a5x2", 2, 148.5, 210, 128, 64, 34, 28),
    A6X4("a6x4", 4, 105, 148.5, 93, 42, 25, 13);

    private final String word;
    private final int perSheet;
    private final double width;
    private final double height;
    private final double titleWidth;
    private final double titleHeight;
    private final double qrSize;
    private final double titleMaxPt;

    PosterLayout(String word, int perSheet, double width, double height, double titleWidth, double titleHeight, double qrSize,
            double titleMaxPt) {
        this.word = word;
        this.perSheet = perSheet;
        this.width = width;
        this.height = height;
        this.titleWidth = titleWidth;
        this.titleHeight = titleHeight;
        this.qrSize = qrSize;
        this.titleMaxPt = titleMaxPt;
    }

    public String word() {
        return word;
    }

    public int perSheet() {
        return perSheet;
    }

    /** One poster's width, in millimetres. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The box the title must fit in, in millimetres. */
    public double titleWidth() {
        return titleWidth;
    }

    public double titleHeight() {
        return titleHeight;
    }

    public double qrSize() {
        return qrSize;
    }

    /** The sheet is landscape when two A5 sit side by side. */
    public boolean landscape() {
        return this == A5X2;
    }

    /**
     * The title's font size, in points, so that {@code characters} wrap within the title box: as
     * large as it may be, smaller for a long question, never below 6 pt (longer titles are cut).
     */
    public double titleSize(int characters) {
        double area = titleWidth * titleHeight * 8.0;  // mm² to pt² (2.835² ≈ 8.04)
        // a DejaVu Sans bold letter is about 0.62 em wide, a line 1.2 em high; a word does not split: keep a quarter free
        double fitting = Math.sqrt(area * 0.75 / (Math.max(1, characters) * 0.62 * 1.2));
        return Math.max(6, Math.min(titleMaxPt, Math.floor(fitting * 2) / 2));
    }

    /** The longest title printed whole at 6 pt; a longer one is cut with an ellipsis. */
    public int titleLimit() {
        return (int) (titleWidth * titleHeight * 8.0 * 0.75 / (36 * 0.62 * 1.2));
    }

    /** The layout typed, or a refusal saying which there are. */
    public static PosterLayout of(String word) {
        return parse(word).orElseThrow(() -> new UserError("affiche.format.inconnu", word));
    }

    /** {@code a4}, {@code a5x2}, {@code a6x4}, also {@code a5} and {@code a6}. */
    public static Optional<PosterLayout> parse(String text) {
        switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('×', 'x')) {
            case "a4":
                return Optional.of(A4);
            case "a5x2", "a5", "2xa5":
                return Optional.of(A5X2);
            case "a6x4", "a6", "4xa6":
                return Optional.of(A6X4);
            default:
                return Optional.empty();
        }
    }
}
