package org.tresse.print.report;

import java.time.Instant;
import java.util.List;
import org.tresse.print.Branding;

/** A period report, read and ready to render. */
public record Report(Branding branding, ReportScope scope, List<Section> sections, Instant madeAt) {
    public Report {
        sections = List.copyOf(sections);
    }
}
