package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A poll's or a decision's tally, ready to show: a chart and its table (the same rows), the
 * turnout, and sentences saying what came out (adopted, the winner, quorum...).
 *
 * @param headers the table's column titles after the first
 * @param rows    the table: a label, then one cell per header
 */
public record ResultView(BarChart chart, String firstHeader, List<String> headers, List<List<String>> rows,
        List<String> findings, Optional<String> turnout) {
    public ResultView {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        findings = List.copyOf(findings);
    }
}
