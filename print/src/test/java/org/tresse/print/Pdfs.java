package org.tresse.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading PDFs back in tests: their text, their pages as images (kept under target/ to be looked at). */
public final class Pdfs {
    private Pdfs() {}

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with every white space (no-break spaces too) removed: table cells wrap anywhere, figures stay findable. */
    public static String squashed(Path pdf) throws IOException {
        return squash(text(pdf));
    }

    public static String squash(String text) {
        return text.replaceAll("[\\s\u00a0]+", "");
    }

    /** Renders every page at {@code dpi}; also writes them as {@code target/renders/<name>-<page>.png}. */
    public static List<BufferedImage> render(Path pdf, int dpi, String name) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        Path folder = Path.of("target", "renders");
        Files.createDirectories(folder);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
                ImageIO.write(image, "png", folder.resolve(name + "-" + (page + 1) + ".png").toFile());
                pages.add(image);
            }
        }
        return pages;
    }
}
