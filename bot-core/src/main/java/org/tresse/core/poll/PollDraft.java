package org.tresse.core.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tresse.core.message.Destination;

/** A poll about to be opened, as asked for; {@link Polls#open} checks it. */
public record PollDraft(
        String question,
        PollKind kind,
        List<String> options,
        Audience audience,
        PollRules rules,
        Optional<Instant> closesAt,
        long authorId,
        Destination.Room origin) {

    public PollDraft {
        options = List.copyOf(options);
    }
}
