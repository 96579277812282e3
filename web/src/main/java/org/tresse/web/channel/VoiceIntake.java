package org.tresse.web.channel;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.engine.Conversation;
import org.tresse.core.message.Content;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceDesk;
import org.tresse.core.voice.VoiceText;
import org.tresse.core.voice.Voices;

/**
 * A voice left with the web form ({@code /avis}): the web is not a chat, so nothing typed there is
 * a command, a greeting or a slip to correct. "Aide", "Bonjour" or "/vote 3 pour" is a voice like
 * any other. The page sends the text after a first line it writes itself ({@link #voiceText});
 * this handler, put around the command router, keeps it through the {@link VoiceDesk} in the
 * engine's transaction (the form's event, once) and writes the receipt the page shows. Everything
 * else goes on. Were it missing, that first line still reads as {@code /avis}: a voice all the same.
 */
public final class VoiceIntake implements FormIntake {
    private static final Pattern VOICE = Pattern.compile("\\A/avis( --anonyme)?\\n(.+)\\z", Pattern.DOTALL);

    private final VoiceDesk desk;

    public VoiceIntake(VoiceDesk desk) {
        this.desk = desk;
    }

    /** The text the web sends for a voice: {@code anonymous} when the visitor left no address. */
    public static String voiceText(String text, boolean anonymous) {
        return (anonymous ? "/avis --anonyme\n" : "/avis\n") + text;
    }

    /**
     * What the form's text keeps as a voice: its words, and its trailing {@code #tags} as tags;
     * when those can't make a voice (only tags, too many tags), the words whole.
     */
    public static VoiceText written(String text) {
        VoiceText read = VoiceText.read(text.strip());
        boolean usable = !read.text().isEmpty() && read.tags().size() <= Voices.MAX_TAGS;
        return usable ? read : new VoiceText(text.strip(), List.of());
    }

    @Override
    public boolean handled(Conversation conversation) {
        Matcher matcher = VOICE.matcher(conversation.inbound().text().orElse(""));
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            return false;
        }
        VoiceText written = written(matcher.group(2));
        long person = conversation.person().id();
        if (matcher.group(1) != null) {
            desk.anonymous(conversation.handle(), conversation.inbound(), person, written, Optional.empty());
            conversation.send(conversation.hereDestination(), Content.notice(conversation.t("web.avis.anonyme")), Outbox.EPHEMERAL);
        } else {
            Voice voice = desk.named(conversation.handle(), conversation.inbound(), person, written, Optional.empty());
            conversation.reply(conversation.t("web.avis.enregistre", voice.id()));
        }
        return true;
    }
}
