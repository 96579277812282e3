package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A decision's permanent page.
 *
 * @param how     how it was taken, in a sentence
 * @param result  the poll's tally kept with it
 * @param history revisions and cancellation, oldest first, each as a sentence and a text
 */
public record DecisionView(DecisionLine line, String bodyHtml, String how, Optional<Long> pollId, Optional<ResultView> result,
        List<HistoryItem> history) {
    public DecisionView {
        history = List.copyOf(history);
    }

    /** One change: what and when, and the text it brought (safe HTML, may be empty). */
    public record HistoryItem(String what, String isoDate, String html) {}
}
