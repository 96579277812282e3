package org.tresse.print.render;

import org.tresse.print.internal.Days;
import org.tresse.print.report.Report;
import org.tresse.print.report.ReportScope;

/** The words every format puts at the top of a report. */
final class Titles {
    private Titles() {}

    /** "Rapport d’activité" or "Rapport d’activité — Café associatif". */
    static String report(Report report) {
        ReportScope scope = report.scope();
        return scope.group().map(group -> scope.t("rapport.titre.groupe", group.name())).orElseGet(() -> scope.t("rapport.titre"));
    }

    static String period(ReportScope scope) {
        return scope.from().equals(scope.to()) ? scope.t("rapport.periode.jour", Days.day(scope.texts(), scope.from()))
                : scope.t("rapport.periode", Days.day(scope.texts(), scope.from()), Days.day(scope.texts(), scope.to()));
    }
}
