package org.tresse.print.report;

import java.util.Optional;
import org.tresse.core.store.Handle;

/**
 * A part of the period report, contributed by a feature: it reads its own figures through its
 * domain services, inside the report's transaction, and says them as {@link Block}s. Empty leaves
 * the section out (a feature with nothing to report for this association).
 */
@FunctionalInterface
public interface ReportSection {
    Optional<Section> read(Handle handle, ReportScope scope);
}
