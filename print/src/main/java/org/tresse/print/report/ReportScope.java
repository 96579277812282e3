package org.tresse.print.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.tresse.core.groups.Group;
import org.tresse.core.i18n.Texts;
import org.tresse.print.Links;

/**
 * What a report covers and how it speaks: the days from {@code from} to {@code to} (both
 * included, in the association's zone), one group or the whole association, the language.
 *
 * @param to      the last day counted: today at the latest
 * @param ongoing the period asked for goes on after today: figures stop today
 */
public record ReportScope(LocalDate from, LocalDate to, boolean ongoing, Optional<Group> group, ZoneId zone, Texts texts,
        Links links) {

    /** The first instant of the period. */
    public Instant since() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant until() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(since()) && instant.isBefore(until());
    }

    public Optional<String> groupSlug() {
        return group.map(Group::slug);
    }

    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
