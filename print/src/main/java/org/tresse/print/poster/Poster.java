package org.tresse.print.poster;

import java.util.List;

/**
 * What a poster says, whatever its layout.
 *
 * @param kicker     the line above the title ("Sondage n°12")
 * @param title      the question, printed large, wrapped and sized to fit
 * @param invitation a short text in plain words ("Donnez votre avis avant le 15 mars")
 * @param details    dates and who may answer, one line each
 * @param codes      one to three QR codes
 */
public record Poster(String kicker, String title, String invitation, List<String> details, List<QrTarget> codes) {
    public Poster {
        details = List.copyOf(details);
        codes = List.copyOf(codes);
        if (codes.isEmpty() || codes.size() > 3) {
            throw new IllegalArgumentException("a poster carries one to three QR codes, got " + codes.size());
        }
    }
}
