package org.tresse.print.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tresse.core.i18n.Language;
import org.tresse.print.PrintFormat;

/**
 * A report asked for: {@code tresse rapport --du 2024-03-01 --au 2024-06-30 --groupe cafe} or
 * {@code /rapport}.
 *
 * @param language the report's language: the association's, unless asked otherwise
 */
public record ReportRequest(LocalDate from, LocalDate to, Optional<String> group, PrintFormat format, Language language) {
    public ReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        group = group == null ? Optional.empty() : group.map(String::strip).filter(slug -> !slug.isEmpty());
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
    }
}
