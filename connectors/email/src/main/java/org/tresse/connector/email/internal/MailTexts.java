package org.tresse.connector.email.internal;

import java.util.List;
import org.tresse.core.message.PollPresentation;

/**
 * The few texts the connector adds to a mail, French first then English: it does not know the
 * reader's language, the core's text above them is already in it.
 */
public final class MailTexts {
    private MailTexts() {}

    /** How to vote by replying to a ballot. */
    public static String ballot(PollPresentation poll) {
        if (poll.kind() == PollPresentation.Kind.CONSULTATION) {
            return "**Pour répondre**, répondez simplement à ce message : votre texte sera votre réponse. "
                    + "Ce message vous est personnel, ne le transférez pas.\n\n"
                    + "_To answer, just reply to this message: your text will be your answer. "
                    + "This message is personal, do not forward it._";
        }
        String example = example(poll);
        String frenchExample = example.isEmpty() ? "" : " (par exemple : « " + example + " »)";
        String englishExample = example.isEmpty() ? "" : " (for example: \"" + example + "\")";
        return "**Pour voter**, répondez simplement à ce message en écrivant votre choix sur la première ligne, "
                + "comme après « /vote " + poll.key() + " »" + frenchExample + ". "
                + "Ce message vous est personnel, ne le transférez pas : votre réponse compte comme votre vote.\n\n"
                + "_To vote, just reply to this message with your choice on the first line, as after \"/vote "
                + poll.key() + "\"" + englishExample + ". This message is personal, do not forward it: your reply "
                + "counts as your vote._";
    }

    private static String example(PollPresentation poll) {
        switch (poll.kind()) {
            case PROPOSAL:
                return poll.options().isEmpty() ? "pour" : poll.options().get(0).strip().toLowerCase(java.util.Locale.ROOT);
            case SINGLE:
                return "1";
            case MULTIPLE:
                return poll.options().size() >= 3 ? "1, 3" : "1, 2";
            default:
                return "";
        }
    }

    /** The unsubscribe instruction at the foot of newsletters and announcements, with the person's own address. */
    public static String unsubscribe(String unsubscribeAddress) {
        return "Pour ne plus recevoir ces messages, écrivez à " + unsubscribeAddress
                + " (ou répondez en écrivant « /desabonner »).\n"
                + "_To stop receiving these messages, write to " + unsubscribeAddress + " (or reply with \"/desabonner\")._";
    }

    /** The choices of a message with several buttons: one personal address each. */
    public static String buttons(List<Choice> choices) {
        StringBuilder text = new StringBuilder("**Pour répondre**, envoyez un message vide (ou « oui ») à l’adresse de votre choix :"
                + "\n_To answer, send an empty mail (or \"yes\") to the address of your choice:_");
        for (Choice choice : choices) {
            text.append("\n- ").append(choice.label()).append(" : ").append(choice.address());
        }
        return text.toString();
    }

    /** A button's label and the address that presses it. */
    public record Choice(String label, String address) {}
}
