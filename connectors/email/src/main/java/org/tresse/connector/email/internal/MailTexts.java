package org.tresse.connector.email.internal;

import java.util.List;
import java.util.Locale;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.PollPresentation;

/**
 * The few texts the connector adds to a mail ({@code org.tresse.connector.email.texts}), in the
 * language of the text above them: the message's, else the association's.
 */
public final class MailTexts {
    public static final String BUNDLE = "org.tresse.connector.email.texts";
    private static final I18n TEXTS = new I18n(Language.FR, List.of(BUNDLE));

    private final Texts texts;

    private MailTexts(Texts texts) {
        this.texts = texts;
    }

    /** The texts in {@code language} (null: French). */
    public static MailTexts in(Language language) {
        return new MailTexts(TEXTS.texts(language));
    }

    /** How to vote by replying to a ballot. */
    public String ballot(PollPresentation poll) {
        if (poll.kind() == PollPresentation.Kind.CONSULTATION) {
            return texts.get("mail.bulletin.consultation");
        }
        String example = example(poll);
        return texts.get("mail.bulletin.vote", poll.key(), example.isEmpty() ? "" : texts.get("mail.bulletin.exemple", example));
    }

    private String example(PollPresentation poll) {
        switch (poll.kind()) {
            case PROPOSAL:
                return poll.options().isEmpty() ? texts.get("mail.bulletin.exemple.pour") : poll.options().get(0).strip().toLowerCase(Locale.ROOT);
            case SINGLE:
                return "1";
            case MULTIPLE:
                return poll.options().size() >= 3 ? "1, 3" : "1, 2";
            default:
                return "";
        }
    }

    /** The subject of a ballot: its key and its question. */
    public String ballotSubject(PollPresentation poll) {
        return texts.get("mail.sujet.vote", poll.key(), poll.question().strip());
    }

    /** The unsubscribe instruction at the foot of newsletters and announcements, with the person's own address. */
    public String unsubscribe(String unsubscribeAddress) {
        return texts.get("mail.desabonnement", unsubscribeAddress);
    }

    /** The choices of a message with several buttons: one personal address each. */
    public String buttons(List<Choice> choices) {
        StringBuilder text = new StringBuilder(texts.get("mail.boutons"));
        for (Choice choice : choices) {
            text.append("\n- ").append(texts.get("mail.bouton", choice.label(), choice.address()));
        }
        return text.toString();
    }

    /** A button's label and the address that presses it. */
    public record Choice(String label, String address) {}
}
