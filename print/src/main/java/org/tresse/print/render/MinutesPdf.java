package org.tresse.print.render;

import java.nio.file.Path;
import java.util.Locale;
import org.tresse.core.i18n.Language;
import org.tresse.core.meeting.Minutes;

/**
 * A meeting's minutes as PDF: the minutes' own XHTML ({@link Minutes#html}) in the fonts Tresse
 * ships (the PDF embeds them, as PDF/UA requires), written whole or not at all.
 */
public final class MinutesPdf {
    private static final String STYLE = "<style>body { font-family: '" + Fonts.FAMILY + "'; font-size: 11pt; line-height: 1.4; margin: 0 }"
            + " h1 { font-size: 20pt; margin: 0 0 4pt } h2 { font-size: 13pt; margin: 14pt 0 4pt } li { margin: 2pt 0 }"
            + " @page { size: A4; margin: 20mm }</style>";

    private MinutesPdf() {}

    /** The XHTML the PDF is made from. */
    public static String page(Minutes minutes, Language language) {
        return minutes.html(language.name().toLowerCase(Locale.ROOT)).replace("</head>", STYLE + "</head>");
    }

    public static Path write(Minutes minutes, Language language, Path target) {
        return PdfFile.write(page(minutes, language), target);
    }

    /** The same PDF in memory, to attach to the minutes sent to the members. */
    public static byte[] bytes(Minutes minutes, Language language) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            PdfMaker.write(page(minutes, language), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
