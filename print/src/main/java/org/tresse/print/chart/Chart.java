package org.tresse.print.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chart Tresse draws itself, as SVG: horizontal bars (categories with long names: themes,
 * channels) or a line (a figure month after month). It carries its data, so every renderer prints
 * the data table beside it; its title and description are its text alternative.
 *
 * @param id          unique in the document (SVG ids for {@code aria-labelledby})
 * @param description one or two sentences saying what the chart shows, for those who can't see it
 * @param labelHeader the data table's first column ("Canal")
 * @param valueHeader the data table's second column ("Personnes")
 * @param scale       the value the longest bar or the top of the line stands for (e.g. 100 for %)
 */
public record Chart(String id, Kind kind, String title, String description, String labelHeader, String valueHeader,
        List<Datum> data, double scale) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Chart {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is lower case letters, digits and dashes: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        data = List.copyOf(data);
        if (!(scale > 0)) {
            scale = data.stream().mapToDouble(Datum::value).max().orElse(1);
            scale = scale > 0 ? scale : 1;
        }
    }

    /** How the data is drawn. */
    public enum Kind {
        BARS,
        LINE
    }

    /**
     * One value.
     *
     * @param shown the value as printed ("42 %", "12")
     */
    public record Datum(String label, double value, String shown) {
        public Datum {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shown, "shown");
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a chart value is a finite number, 0 or more: " + value);
            }
        }
    }
}
