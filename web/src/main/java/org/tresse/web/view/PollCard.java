package org.tresse.web.view;

import java.util.Optional;

/**
 * A poll as listed: its number, question, kind and audience in words, its deadline, and what a
 * visitor can do with it here.
 *
 * @param answerHere an open consultation anyone may answer: its form is on the page
 */
public record PollCard(long id, String question, String kind, String audience, Optional<String> deadline, boolean open,
        boolean answerHere) {}
