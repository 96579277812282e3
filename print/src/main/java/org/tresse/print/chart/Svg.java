package org.tresse.print.chart;

import static org.tresse.print.internal.Xml.escape;
import static org.tresse.print.internal.Xml.number;

import java.util.List;
import org.tresse.print.internal.Excerpt;

/**
 * Draws a {@link Chart} as SVG, readable in black and white: dark bars or a line with markers on
 * white, every value written beside its bar or point, light dashed guides. Its {@code <title>}
 * and {@code <desc>} are its text alternative. The SVG is well-formed XML for inline use in
 * XHTML and HTML alike.
 */
public final class Svg {
    static final double WIDTH = 640;
    private static final double BAR = 20;
    private static final double GAP = 8;
    private static final double TOP = 12;
    private static final double LABELS = 210;
    private static final double LINE_HEIGHT = 230;
    private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";

    private Svg() {}

    /** The chart in {@code colour} (a dark {@code #RRGGBB}; grey guides and black text whatever it is). */
    public static String draw(Chart chart, String colour) {
        return chart.kind() == Chart.Kind.BARS ? bars(chart, colour) : line(chart, colour);
    }

    private static String bars(Chart chart, String colour) {
        List<Chart.Datum> data = chart.data();
        double height = TOP * 2 + Math.max(1, data.size()) * (BAR + GAP);
        double room = WIDTH - LABELS - 70;
        StringBuilder svg = open(chart, height);
        for (int index = 0; index < data.size(); index++) {
            Chart.Datum datum = data.get(index);
            double y = TOP + index * (BAR + GAP);
            double length = Math.max(datum.value() > 0 ? 1.5 : 0, room * Math.min(1, datum.value() / chart.scale()));
            svg.append("<text x=\"").append(number(LABELS - 8)).append("\" y=\"").append(number(y + BAR * 0.7))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#000000\" ").append(FONT).append('>')
                    .append(escape(Excerpt.of(datum.label(), 30))).append("</text>");
            svg.append("<rect x=\"").append(number(LABELS)).append("\" y=\"").append(number(y)).append("\" width=\"")
                    .append(number(length)).append("\" height=\"").append(number(BAR)).append("\" fill=\"").append(colour)
                    .append("\" stroke=\"#000000\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"").append(number(LABELS + length + 6)).append("\" y=\"").append(number(y + BAR * 0.7))
                    .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#000000\" ").append(FONT).append('>')
                    .append(escape(datum.shown())).append("</text>");
        }
        svg.append("<line x1=\"").append(number(LABELS)).append("\" y1=\"").append(number(TOP - 4)).append("\" x2=\"")
                .append(number(LABELS)).append("\" y2=\"").append(number(height - TOP + 4)).append("\" stroke=\"#000000\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    private static String line(Chart chart, String colour) {
        List<Chart.Datum> data = chart.data();
        double left = 48;
        double right = WIDTH - 20;
        double top = TOP + 14;
        double bottom = LINE_HEIGHT - 36;
        StringBuilder svg = open(chart, LINE_HEIGHT);
        for (int step = 0; step <= 4; step++) {
            double y = bottom - (bottom - top) * step / 4.0;
            svg.append("<line x1=\"").append(number(left)).append("\" y1=\"").append(number(y)).append("\" x2=\"").append(number(right))
                    .append("\" y2=\"").append(number(y)).append("\" stroke=\"#9a9a9a\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>");
            svg.append("<text x=\"").append(number(left - 6)).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#000000\" ").append(FONT).append('>')
                    .append(escape(number(chart.scale() * step / 4.0))).append("</text>");
        }
        double stepX = data.size() > 1 ? (right - left - 30) / (data.size() - 1) : 0;
        int labelEvery = Math.max(1, (int) Math.ceil(data.size() / 12.0));
        StringBuilder points = new StringBuilder();
        for (int index = 0; index < data.size(); index++) {
            Chart.Datum datum = data.get(index);
            double x = left + 15 + index * stepX + (data.size() == 1 ? (right - left - 30) / 2 : 0);
            double y = bottom - (bottom - top) * Math.min(1, datum.value() / chart.scale());
            points.append(points.length() == 0 ? "" : " ").append(number(x)).append(',').append(number(y));
            if (index % labelEvery == 0) {
                svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(bottom + 16))
                        .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#000000\" ").append(FONT).append('>')
                        .append(escape(Excerpt.of(datum.label(), 14))).append("</text>");
                svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y - 8))
                        .append("\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" fill=\"#000000\" ").append(FONT).append('>')
                        .append(escape(datum.shown())).append("</text>");
            }
        }
        svg.append("<line x1=\"").append(number(left)).append("\" y1=\"").append(number(bottom)).append("\" x2=\"").append(number(right))
                .append("\" y2=\"").append(number(bottom)).append("\" stroke=\"#000000\" stroke-width=\"1\"/>");
        if (data.size() > 1) {
            svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"/>");
        }
        for (String point : points.toString().split(" ")) {
            if (!point.isEmpty()) {
                String[] xy = point.split(",");
                svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                        .append("\" r=\"4\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(Chart chart, double height) {
        String titleId = chart.id() + "-titre";
        String descId = chart.id() + "-desc";
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(number(WIDTH))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(WIDTH)).append(' ')
                .append(number(height)).append("\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                // alt: read by openhtmltopdf for the PDF's Figure tag (browsers read title and desc)
                .append("\" alt=\"").append(escape(chart.title() + ". " + chart.description())).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(escape(chart.description())).append("</desc>")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(number(WIDTH)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>");
    }
}
