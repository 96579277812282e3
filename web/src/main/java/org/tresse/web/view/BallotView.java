package org.tresse.web.view;

import java.util.List;

/**
 * The personal ballot: the polls this person may vote in now, each with its own form.
 *
 * @param action where the forms go ({@code /vote/TOKEN})
 * @param formId this page's own id: the same form sent twice counts once
 */
public record BallotView(String action, String formId, List<BallotPoll> polls, FormState form, long formPoll) {
    public BallotView {
        polls = List.copyOf(polls);
    }

    public FormState formFor(long pollId) {
        return pollId == formPoll ? form : FormState.empty();
    }

    /**
     * One poll on the ballot.
     *
     * @param input    {@code radio}, {@code checkbox}, {@code rank}, {@code grade} or {@code text}
     * @param hint     how to fill it in
     * @param grades   the grades of a majority judgment, best first
     */
    public record BallotPoll(long id, String question, String input, List<String> options, String hint, List<String> grades,
            boolean secret) {
        public BallotPoll {
            options = List.copyOf(options);
            grades = List.copyOf(grades);
        }
    }
}
