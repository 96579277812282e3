package org.tresse.web.view;

import java.util.List;

/**
 * A horizontal bar chart drawn in SVG by the template {@code chart.jte}, with a title and a
 * description for screen readers; the same figures are always in a table beside it.
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {
    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 220;
    public static final int ROW = 34;

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** One bar: its label, its value, and the text written at its end (e.g. "12 (40 %)"). */
    public record Bar(String label, long value, String valueText) {}

    public int height() {
        return bars.size() * ROW + 8;
    }

    private long max() {
        return Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    }

    /** The width of bar {@code index}, in the SVG's units. */
    public int barWidth(int index) {
        int room = WIDTH - LABEL_WIDTH - 110;
        return (int) Math.round(room * (double) bars.get(index).value() / max());
    }

    public int y(int index) {
        return index * ROW + 4;
    }

    /** A label short enough for its column; the table has it whole. */
    public String shortLabel(int index) {
        String label = bars.get(index).label();
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }
}
