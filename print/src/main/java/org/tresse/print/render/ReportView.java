package org.tresse.print.render;

import java.util.List;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.print.chart.Chart;
import org.tresse.print.chart.Svg;
import org.tresse.print.internal.Days;
import org.tresse.print.report.Report;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.Section;

/** What the report template shows, every word already in the report's language. */
public final class ReportView {
    private final Report report;
    private final Optional<String> logo;
    private final String css;

    ReportView(Report report, Optional<String> logo) {
        this.report = report;
        this.logo = logo;
        this.css = Css.of("report.css", report.branding());
    }

    public String language() {
        return texts().language().code();
    }

    public String association() {
        return report.branding().name();
    }

    public String title() {
        return Titles.report(report);
    }

    /** "Du 1er mars 2024 au 30 juin 2024". */
    public String period() {
        return Titles.period(report.scope());
    }

    public Optional<String> ongoing() {
        ReportScope scope = report.scope();
        return scope.ongoing() ? Optional.of(scope.t("rapport.en.cours", Days.day(texts(), scope.to()))) : Optional.empty();
    }

    public Optional<String> logo() {
        return logo;
    }

    public String logoAlt() {
        return t("impression.logo.alt", association());
    }

    public String css() {
        return css;
    }

    public List<Section> sections() {
        return report.sections();
    }

    public String svg(Chart chart) {
        return Svg.draw(chart, report.branding().primary());
    }

    public String madeOn() {
        return t("rapport.fait.le", Days.dateTime(texts(), report.madeAt(), report.scope().zone()), association());
    }

    public String t(String key, Object... arguments) {
        return texts().get(key, arguments);
    }

    private Texts texts() {
        return report.scope().texts();
    }
}
