package org.tresse.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where each letter of a PDF page is printed, in millimetres from the top left corner. */
public final class Glyphs {
    private static final double MM = 72 / 25.4;

    /** One printed letter and its box. */
    public record Glyph(String text, double left, double top, double right, double bottom) {}

    private Glyphs() {}

    public static List<Glyph> of(Path pdf, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        double left = position.getXDirAdj() / MM;
                        double bottom = position.getYDirAdj() / MM;
                        glyphs.add(new Glyph(position.getUnicode(), left, bottom - position.getHeightDir() / MM,
                                left + position.getWidthDirAdj() / MM, bottom));
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        return glyphs;
    }

    /** The letters inside a box, in reading order, spaces dropped. */
    public static String inside(List<Glyph> glyphs, double left, double top, double right, double bottom) {
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : glyphs) {
            if (glyph.left() >= left - 0.5 && glyph.right() <= right + 0.5 && glyph.top() >= top - 0.5 && glyph.bottom() <= bottom + 0.5) {
                text.append(glyph.text());
            }
        }
        return text.toString().replaceAll("[\\s\u00a0]+", "");
    }
}
