package org.tresse.print.render;

import java.util.List;
import org.tresse.print.chart.Chart;
import org.tresse.print.report.Block;
import org.tresse.print.report.Report;
import org.tresse.print.report.Section;

/** A report in Markdown (CommonMark with pipe tables): to paste into a newsletter, a wiki, a mail. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Report report) {
        StringBuilder text = new StringBuilder(16 * 1024);
        text.append("# ").append(inline(Titles.report(report))).append("\n\n");
        text.append("**").append(inline(report.branding().name())).append("** — ").append(inline(Titles.period(report.scope()))).append("\n");
        if (report.scope().ongoing()) {
            text.append("\n_").append(inline(report.scope().t("rapport.en.cours",
                    org.tresse.print.internal.Days.day(report.scope().texts(), report.scope().to())))).append("_\n");
        }
        text.append("\n## ").append(inline(report.scope().t("rapport.sommaire"))).append("\n\n");
        int number = 1;
        for (Section section : report.sections()) {
            text.append(number++).append(". [").append(inline(section.title())).append("](#").append(section.anchor()).append(")\n");
        }
        for (Section section : report.sections()) {
            text.append("\n<a id=\"").append(section.anchor()).append("\"></a>\n\n## ").append(inline(section.title())).append("\n");
            for (Block block : section.blocks()) {
                text.append('\n');
                block(text, block, report);
            }
        }
        return text.toString();
    }

    private static void block(StringBuilder text, Block block, Report report) {
        if (block instanceof Block.Heading heading) {
            text.append("### ").append(inline(heading.text())).append('\n');
        } else if (block instanceof Block.Paragraph paragraph) {
            text.append(inline(paragraph.text())).append('\n');
        } else if (block instanceof Block.Figures figures) {
            for (Block.Figure figure : figures.figures()) {
                text.append("- **").append(inline(figure.value())).append("** ").append(inline(figure.label())).append('\n');
            }
        } else if (block instanceof Block.Table table) {
            text.append("**").append(inline(table.caption())).append("**\n\n");
            table(text, table.header(), table.rows().stream().map(row -> row.stream().map(MarkdownReport::cell).toList()).toList(),
                    table.numeric().contains(table.header().size() - 1));
        } else if (block instanceof Block.Graphic graphic) {
            Chart chart = graphic.chart();
            text.append("**").append(inline(chart.title())).append("** — ").append(inline(chart.description())).append("\n\n");
            table(text, List.of(chart.labelHeader(), chart.valueHeader()),
                    chart.data().stream().map(datum -> List.of(inline(datum.label()), inline(datum.shown()))).toList(), true);
        } else if (block instanceof Block.Quote quote) {
            text.append("> « ").append(inline(quote.text())).append(" »\n>\n> ").append(inline(quote.source())).append('\n');
            quote.answer().ifPresent(answer -> text.append(">\n> _")
                    .append(inline(report.scope().t("rapport.voix.reponse.citee", answer))).append("_\n"));
        }
    }

    private static String cell(Block.Cell cell) {
        return cell.link().map(link -> "[" + inline(cell.text()) + "](" + link.replace(")", "%29").replace(" ", "%20") + ")")
                .orElseGet(() -> inline(cell.text()));
    }

    private static void table(StringBuilder text, List<String> header, List<List<String>> rows, boolean lastNumeric) {
        text.append('|');
        header.forEach(column -> text.append(' ').append(inline(column)).append(" |"));
        text.append("\n|");
        for (int index = 0; index < header.size(); index++) {
            text.append(index == header.size() - 1 && lastNumeric ? " ---: |" : " --- |");
        }
        text.append('\n');
        for (List<String> row : rows) {
            text.append('|');
            row.forEach(value -> text.append(' ').append(value).append(" |"));
            text.append('\n');
        }
    }

    /** Plain text made safe for Markdown: no markup, no table break, no HTML. */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.replace("\r", "").replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
