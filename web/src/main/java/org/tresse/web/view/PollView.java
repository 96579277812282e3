package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A poll's page.
 *
 * @param hiddenResults    why no result is shown yet (hidden until close), with how many answered
 * @param howToVote        sentences on how to take part (in chat, by personal link)
 * @param byEmail          a counted vote of a public poll may be asked for by email here
 * @param decision         the register's entry its close recorded
 */
public record PollView(PollCard card, List<String> options, List<String> traits, Optional<ResultView> result,
        Optional<String> hiddenResults, List<String> howToVote, boolean byEmail, FormState form, Optional<Long> decision) {
    public PollView {
        options = List.copyOf(options);
        traits = List.copyOf(traits);
        howToVote = List.copyOf(howToVote);
    }
}
