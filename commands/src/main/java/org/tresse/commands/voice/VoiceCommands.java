package org.tresse.commands.voice;

import java.util.List;
import java.util.Locale;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.voice.internal.Greetings;
import org.tresse.commands.voice.internal.Numbers;
import org.tresse.commands.voice.internal.VoiceInput;
import org.tresse.core.Core;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.message.Content;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.Role;
import org.tresse.core.poll.ConsultationSink;
import org.tresse.core.voice.Anonymity;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceSource;
import org.tresse.core.voice.Voices;

/**
 * The residents' voices: {@code /avis} to leave one (or any text written to the bot in private),
 * and for coordinators {@code /avis-liste}, {@code /avis N}, {@code /repondre}; new voices reach
 * them in batches ({@link NewVoicesBatch}).
 */
public final class VoiceCommands {
    /** The texts of the voices. */
    public static final String BUNDLE = "org.tresse.commands.voice.texts";

    private final Core core;
    private final Voices voices;
    private final VoiceTriage triage;
    private final NewVoicesBatch batch;
    private final ConsultationVoices consultations;

    public VoiceCommands(Core core) {
        this(core, VoiceSettings.defaults());
    }

    public VoiceCommands(Core core, VoiceSettings settings) {
        this.core = core;
        this.voices = new Voices(core.clock(), core.zone());
        this.triage = new VoiceTriage(core, voices);
        this.batch = new NewVoicesBatch(core, voices, settings);
        this.consultations = new ConsultationVoices(voices, batch);
        core.scheduler().register(NewVoicesBatch.KIND, batch::run);
        core.people().addMergeStep(voices::merge);
    }

    /** Makes consultation answers voices: give it to the polls ({@code new PollCommands(core, key, voices.consultations())}). */
    public ConsultationSink consultations() {
        return consultations;
    }

    /** Adds the commands, and makes free text in private a voice. */
    public CommandRouter install(CommandRouter router) {
        router.addAll(commands());
        router.onFreeText(this::freeText);
        return router;
    }

    public List<Command> commands() {
        return List.of(
                Command.named("avis").alias("feedback").flag("anonyme", "anonymous").arguments(0, Voices.MAX_LENGTH)
                        .does(this::avis),
                Command.named("avis-liste").alias("feedback-list").role(Role.COORDINATOR).option("statut", "status")
                        .arguments(0, 1).does(triage::list),
                Command.named("repondre").alias("reply", "answer").role(Role.COORDINATOR).arguments(2, Voices.MAX_LENGTH)
                        .does(triage::answer));
    }

    private void avis(CommandCall call) {
        List<String> words = call.arguments();
        boolean numbered = !words.isEmpty() && Numbers.looksLikeNumber(words.get(0));
        if (numbered && (words.size() == 1 || isSubcommand(words.get(1)))) {
            long number = Numbers.parse(words.get(0)).orElseThrow(() -> call.fail("avis.inconnu", words.get(0)));
            manage(call, number, words);
            return;
        }
        VoiceInput input = VoiceInput.ofCommand(call.conversation().inbound().text().orElse(""));
        if (input.text().isEmpty()) {
            throw call.usage();
        }
        leave(call.conversation(), input);
    }

    private static boolean isSubcommand(String word) {
        return List.of("statut", "status", "tag", "tags", "theme", "thème", "anonyme", "anonymous")
                .contains(word.toLowerCase(Locale.ROOT));
    }

    private void manage(CommandCall call, long number, List<String> words) {
        Voice voice = voices.find(call.handle(), number).orElseThrow(() -> call.fail("avis.inconnu", number));
        if (words.size() == 1) {
            triage.show(call, voice);
            return;
        }
        String action = words.get(1).toLowerCase(Locale.ROOT);
        if (action.startsWith("anonym")) {
            makeAnonymous(call, voice);
        } else if (action.startsWith("stat")) {
            triage.setStatus(call, voice, words.subList(2, words.size()));
        } else {
            triage.tag(call, voice, words.subList(2, words.size()));
        }
    }

    /**
     * Text written to the bot in private that is not a command: a voice (a bare greeting gets a
     * welcome instead). Ignored in group rooms.
     */
    private void freeText(Conversation conversation, String text) {
        if (!conversation.inbound().isPrivate()) {
            return;
        }
        if (Greetings.isGreeting(text)) {
            conversation.reply(conversation.t("avis.bonjour"));
            return;
        }
        VoiceInput input = VoiceInput.of(text);
        if (input.text().isEmpty()) {
            conversation.reply(conversation.t("avis.vide.libre"));
            return;
        }
        leave(conversation, input);
    }

    private void leave(Conversation conversation, VoiceInput input) {
        if (input.text().length() > Voices.MAX_LENGTH) {
            throw new UserError("avis.trop.long", Voices.MAX_LENGTH, input.text().length());
        }
        if (input.tags().size() > Voices.MAX_TAGS) {
            throw new UserError("avis.trop.de.themes", Voices.MAX_TAGS);
        }
        Inbound inbound = conversation.inbound();
        if (input.anonymous()) {
            if (!inbound.isPrivate()) {
                throw new UserError("avis.anonyme.groupe");
            }
            voices.leaveAnonymously(conversation.handle(), input.text(), input.tags());
            Anonymity.forgetEvent(conversation.handle(), inbound.channel(), inbound.eventId(), voices.startOfToday());
            conversation.send(conversation.hereDestination(), Content.notice(conversation.t("avis.merci.anonyme")),
                    Anonymity.RECEIPT_CORRELATION);
            Anonymity.forgetNewcomer(conversation.handle(), conversation.person().id());
            batch.ensureScheduled(conversation.handle());
            return;
        }
        VoiceSource source = new VoiceSource(inbound.channel(), inbound.room(), inbound.roomKind(), inbound.sender().id(),
                inbound.eventId());
        Voice voice = voices.leave(conversation.handle(), input.text(), input.tags(), conversation.person().id(), source);
        String receipt = inbound.isPrivate()
                ? conversation.t("avis.merci", voice.id(), Voices.ANONYMIZE_WINDOW.toMinutes())
                : conversation.t("avis.merci.groupe", voice.id());
        conversation.send(conversation.hereDestination(), Content.reply(receipt, inbound.eventId()),
                VoiceTriage.correlation(voice.id()));
        batch.ensureScheduled(conversation.handle());
    }

    /** {@code /avis N anonyme}: the author unlinks a voice they just left, before anyone saw their name. */
    private void makeAnonymous(CommandCall call, Voice voice) {
        if (!voice.isBy(call.personId())) {
            throw call.fail(voice.anonymous() ? "avis.deja.anonyme" : "avis.pas.le.votre", voice.id());
        }
        if (voice.pollId().isPresent()) {
            throw call.fail("avis.anonyme.consultation", voice.id(), voice.pollId().get());
        }
        if (voice.source().map(source -> source.kind() != RoomKind.PRIVATE).orElse(false)) {
            throw call.fail("avis.anonyme.groupe.deja", voice.id());
        }
        if (!voices.mayBecomeAnonymous(voice)) {
            throw call.fail("avis.anonyme.trop.tard", voice.id(), Voices.ANONYMIZE_WINDOW.toMinutes());
        }
        VoiceSource source = voice.source().orElseThrow();
        voices.makeAnonymous(call.handle(), voice.id());
        if (source.eventId() != null) {
            Anonymity.forgetEvent(call.handle(), source.channel(), source.eventId(),
                    voice.createdOn().atStartOfDay(core.zone()).toInstant());
        }
        Anonymity.purgeAll(call.handle(), VoiceTriage.correlation(voice.id()));
        call.conversation().send(call.conversation().hereDestination(), Content.notice(call.t("avis.rendu.anonyme")),
                Anonymity.RECEIPT_CORRELATION);
    }
}
