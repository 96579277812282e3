package org.tresse.print.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.print.chart.Chart;

/**
 * What a report section is made of, whatever the format: the renderers know these blocks, so a
 * section written by any feature prints in PDF, HTML and Markdown alike.
 */
public sealed interface Block {
    /** A heading inside a section, kept with what follows it. */
    record Heading(String text) implements Block {}

    /** A paragraph of plain text. */
    record Paragraph(String text) implements Block {}

    /** A row of headline figures: "124 personnes touchées". */
    record Figures(List<Figure> figures) implements Block {
        public Figures {
            figures = List.copyOf(figures);
        }
    }

    /** One headline figure. */
    record Figure(String value, String label) {}

    /**
     * A table. {@code numeric} lists the columns aligned right (figures).
     *
     * @param caption what the table shows, read first by a screen reader
     */
    record Table(String caption, List<String> header, List<List<Cell>> rows, Set<Integer> numeric) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = Set.copyOf(numeric);
        }
    }

    /** A table cell, with an address when it leads somewhere (a decision's page). */
    record Cell(String text, Optional<String> link) {
        public static Cell of(Object value) {
            return new Cell(String.valueOf(value), Optional.empty());
        }

        public static Cell linked(Object value, Optional<String> link) {
            return new Cell(String.valueOf(value), link);
        }
    }

    /** A chart; every renderer prints its data table with it. */
    record Graphic(Chart chart) implements Block {}

    /** A quoted voice and, if any, the coordination's answer. Never an author. */
    record Quote(String text, String source, Optional<String> answer) implements Block {}
}
