package org.tresse.print.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * A PDF from Tresse's XHTML, with openhtmltopdf: A4 (or what the page's CSS says), the shipped
 * fonts embedded, SVG drawn as vectors, tagged for screen readers (PDF/UA), and no resource
 * fetched from anywhere: only what the page carries ({@code data:} addresses) is used.
 */
public final class PdfMaker {
    static {
        PdfLog.install();
    }

    private PdfMaker() {}

    public static void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Tresse");
        Fonts.register(builder);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUnicodeLineBreaker(new LineBreaker(Locale.FRENCH));
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }
}
