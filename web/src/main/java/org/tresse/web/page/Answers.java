package org.tresse.web.page;

import java.util.List;
import java.util.Optional;
import org.tresse.core.engine.InputPolicy;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.web.channel.Submission;
import org.tresse.web.view.Markdown;

/** Checks of typed text shared by the forms, and what Tresse answered, as page HTML. */
final class Answers {
    private Answers() {}

    /** Why this text can't be sent (empty, too long, invisible characters), in the visitor's words. */
    static Optional<String> problem(Texts t, String text, int max) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return Optional.of(t.get("formulaire.vide"));
        }
        if (stripped.length() > max) {
            return Optional.of(t.get("formulaire.trop.long", stripped.length(), max));
        }
        Optional<UserError> refusal = InputPolicy.check(stripped);
        return refusal.map(error -> t.get(error.key(), error.arguments()));
    }

    /**
     * Whether {@code text} is a plausible email address (the mail itself will tell). Brackets,
     * parentheses, commas, semicolons and backslashes are refused: no one's address has them outside
     * quotes, and the address is shown to the coordinators, where {@code [text](https://…)} reads as a link.
     */
    static boolean isEmail(String text) {
        return text.length() <= 254 && text.matches("[^@\\s<>\"\\[\\](),;\\\\]+@[^@\\s<>\"\\[\\](),;\\\\]+\\.[^@\\s<>\"\\[\\](),;\\\\]+");
    }

    static String repliesHtml(Submission submission) {
        StringBuilder html = new StringBuilder();
        List<Content> replies = submission.replies();
        for (Content reply : replies) {
            html.append(Markdown.html(reply.text()));
        }
        return html.toString();
    }
}
