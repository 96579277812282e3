package org.tresse.commands.voice;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.OptionSpec;
import org.tresse.commands.internal.Numbers;
import org.tresse.commands.internal.OptionWord;
import org.tresse.commands.internal.Words;
import org.tresse.commands.voice.internal.Greetings;
import org.tresse.commands.voice.internal.VoiceInput;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.Reach;
import org.tresse.core.engine.UserError;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.message.Content;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Polls;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.voice.Anonymity;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceBatchSchedule;
import org.tresse.core.voice.VoiceDesk;
import org.tresse.core.voice.VoiceExport;
import org.tresse.core.voice.VoiceSource;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.VoiceText;
import org.tresse.core.voice.Voices;

/**
 * The residents' voices: {@code /avis} to leave one (or any text written to the bot in private),
 * and for coordinators {@code /avis-liste}, {@code /avis N}, {@code /repondre}; new voices reach
 * them in batches ({@link NewVoicesBatch}).
 */
public final class VoiceFeature implements Feature {
    /** The texts of the voices. */
    public static final String BUNDLE = "org.tresse.commands.voice.texts";
    /** What may follow {@code /avis N}: the words of each action. */
    private static final List<String> SUBCOMMANDS = List.of("mots.avis.statut", "mots.avis.theme", "mots.avis.anonyme");

    private final Voices voices;
    private final VoiceDesk desk;
    private final Anonymity anonymity;
    private final VoiceTriage triage;
    private final NewVoicesBatch batch;
    private final AnswerDelivery answerDelivery;
    private final Clock clock;
    private final ZoneId zone;
    /** {@code /avis}, whose {@code --anonyme} also marks a voice written without a command. */
    private final Command avis;

    /**
     * @param polls the consultations whose answers are voices: their questions are shown with them
     */
    public VoiceFeature(Voices voices, VoiceDesk desk, Anonymity anonymity, VoiceBatchSchedule batchSchedule, Polls polls, People people,
            Groups groups, Reach reach, Outbox outbox, Scheduler scheduler, I18n i18n, Clock clock, ZoneId zone, VoiceSettings settings) {
        this.voices = voices;
        this.desk = desk;
        this.anonymity = anonymity;
        this.answerDelivery = new AnswerDelivery(outbox, scheduler, people, i18n, clock);
        this.triage = new VoiceTriage(voices, polls, people, i18n, zone, answerDelivery);
        this.batch = new NewVoicesBatch(voices, batchSchedule, people, groups, reach, outbox, i18n, settings);
        this.clock = clock;
        this.zone = zone;
        this.avis = Command.named("avis", BUNDLE).flag("anonyme")
                .arguments(0, Voices.MAX_LENGTH).harmlessIfForged(VoiceFeature::leavesOrReads).does(this::avis);
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(VoiceStatus.BUNDLE)
                .texts(DeliveryFailure.BUNDLE)
                .texts(BUNDLE)
                .job(VoiceBatchSchedule.KIND, batch::run)
                .job(AnswerDelivery.KIND, answerDelivery::run)
                .mergeStep(voices::merge)
                .export(new VoiceExport(voices, clock, zone))
                .add(CommandRouter.FREE_TEXT, this::freeText)
                .add(CommandRouter.COMMANDS, avis)
                .add(CommandRouter.COMMANDS, Command.named("avis-liste", BUNDLE).role(Role.COORDINATOR)
                        .option("statut").arguments(0, 1).does(triage::list))
                .add(CommandRouter.COMMANDS, Command.named("repondre", BUNDLE).role(Role.COORDINATOR)
                        .arguments(2, Voices.MAX_LENGTH).does(triage::answer));
    }

    private void avis(CommandCall call) {
        List<String> words = call.arguments();
        boolean numbered = !words.isEmpty() && Numbers.looksLikeNumber(words.get(0));
        if (numbered && (words.size() == 1 || isSubcommand(words.get(1)))) {
            long number = Numbers.parse(words.get(0)).orElseThrow(() -> call.fail("avis.inconnu", words.get(0)));
            manage(call, number, words);
            return;
        }
        VoiceInput input = VoiceInput.ofCommand(call.conversation().inbound().text().orElse(""), this::asksAnonymity);
        if (input.text().isEmpty()) {
            throw call.usage();
        }
        leave(call.conversation(), input);
    }

    /**
     * Whether a word of the voice is {@code --anonyme} as the command's parser reads it (any of its
     * bundle's words, folded; a phone's long dash; a value after {@code =} ignored): the voice's text
     * and the parser never disagree on whether its author asked to stay anonymous.
     */
    private boolean asksAnonymity(String word) {
        OptionSpec anonymous = avis.optionNamed("anonyme");
        return OptionWord.read(word).filter(option -> anonymous.answersTo(Words.fold(option.name()))).isPresent();
    }

    /**
     * Leaving a voice (marked unverified for the coordinators) or reading one's own is harmless if
     * forged; changing an existing voice ({@code /avis 12 anonyme|statut|tag}) is not.
     */
    private static boolean leavesOrReads(CommandCall call) {
        List<String> words = call.arguments();
        Optional<Long> number = words.isEmpty() ? Optional.empty() : Numbers.parse(words.get(0));
        return number.isEmpty() || words.size() == 1 || !isSubcommand(words.get(1));
    }

    private static boolean isSubcommand(String word) {
        return Vocabulary.of(BUNDLE).which(word, SUBCOMMANDS).isPresent();
    }

    private void manage(CommandCall call, long number, List<String> words) {
        Voice voice = voices.find(call.handle(), number).orElseThrow(() -> call.fail("avis.inconnu", number));
        if (words.size() == 1) {
            triage.show(call, voice);
            return;
        }
        String action = Vocabulary.of(BUNDLE).which(words.get(1), SUBCOMMANDS).orElseThrow();
        if (action.equals("mots.avis.anonyme")) {
            makeAnonymous(call, voice);
        } else if (action.equals("mots.avis.statut")) {
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
        if (Greetings.isGreeting(BUNDLE, text)) {
            conversation.reply(conversation.t("avis.bonjour"));
            return;
        }
        VoiceInput input = VoiceInput.of(text, this::asksAnonymity);
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
        VoiceText written = new VoiceText(input.text(), input.tags());
        if (input.anonymous()) {
            if (!inbound.isPrivate()) {
                throw new UserError("avis.anonyme.groupe");
            }
            desk.anonymous(conversation.handle(), inbound, conversation.person().id(), written, Optional.empty());
            conversation.send(conversation.hereDestination(), Content.notice(conversation.t("avis.merci.anonyme")), Outbox.EPHEMERAL);
            return;
        }
        Voice voice = desk.named(conversation.handle(), inbound, conversation.person().id(), written, Optional.empty());
        String receipt = inbound.isPrivate()
                ? conversation.t("avis.merci", voice.id(), Voices.ANONYMIZE_WINDOW.toMinutes())
                : conversation.t("avis.merci.groupe", voice.id());
        conversation.send(conversation.hereDestination(), Content.reply(receipt, inbound.eventId()),
                VoiceTriage.correlation(voice.id()));
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
            anonymity.forgetEvent(call.handle(), source.channel(), source.eventId());
        }
        anonymity.purgeAll(call.handle(), VoiceTriage.correlation(voice.id()));
        call.conversation().send(call.conversation().hereDestination(), Content.notice(call.t("avis.rendu.anonyme")),
                Outbox.EPHEMERAL);
    }
}
