package org.tresse.web.channel;

import java.util.List;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Content;

/** What became of a form handed to the engine: the receipt and the answers written back to the page. */
public record Submission(Receipt receipt, List<Content> replies) {
    public Submission {
        replies = List.copyOf(replies);
    }
}
