package org.tresse.print.render;

import java.util.Optional;
import org.tresse.print.report.Report;

/** A report as one self-contained XHTML page (styles, charts and logo inside): for the web and for the PDF. */
public final class HtmlReport {
    private HtmlReport() {}

    /** @param logo the logo as a {@code data:} address, if any */
    public static String render(Report report, Optional<String> logo) {
        return Templates.render("report.jte", new ReportView(report, logo));
    }
}
