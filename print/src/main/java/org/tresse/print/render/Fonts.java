package org.tresse.print.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * DejaVu Sans, shipped with Tresse (licence in {@code fonts/LICENSE-DejaVu.txt} beside the files):
 * every PDF embeds the same free font, whatever the machine has installed. Read once.
 */
final class Fonts {
    static final String FAMILY = "DejaVu Sans";
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

    private Fonts() {}

    /** Gives the builder every face, for the text and for the SVG charts, subset into the PDF. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
        }
    }

    private record Face(String file, int weight, FontStyle style) {
        byte[] bytes() {
            return Loaded.BYTES.get(file);
        }
    }

    /** The font files, read when first needed. */
    private static final class Loaded {
        static final Map<String, byte[]> BYTES = load();

        private static Map<String, byte[]> load() {
            Map<String, byte[]> bytes = new HashMap<>();
            for (Face face : FACES) {
                try (InputStream in = Fonts.class.getResourceAsStream("/org/tresse/print/fonts/" + face.file())) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + face.file() + " is missing from the jar");
                    }
                    bytes.put(face.file(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.copyOf(bytes);
        }
    }
}
