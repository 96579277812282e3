package org.tresse.commands.voice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tresse.commands.CommandCall;
import org.tresse.commands.internal.Numbers;
import org.tresse.commands.voice.internal.VoiceInput;
import org.tresse.commands.voice.internal.VoiceLines;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Content;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceAnswer;
import org.tresse.core.voice.VoiceFilter;
import org.tresse.core.voice.VoiceSource;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.Voices;

/** What coordinators do with voices: list, read, tag, close, answer. */
final class VoiceTriage {
    private static final int LIST_LIMIT = 30;

    private final Voices voices;
    private final Polls polls;
    private final People people;
    private final I18n i18n;
    private final ZoneId zone;
    private final AnswerDelivery delivery;

    VoiceTriage(Voices voices, Polls polls, People people, I18n i18n, ZoneId zone, AnswerDelivery delivery) {
        this.voices = voices;
        this.polls = polls;
        this.people = people;
        this.i18n = i18n;
        this.zone = zone;
        this.delivery = delivery;
    }

    /** The outbox correlation of what is sent about a named voice: its receipt and its answers. */
    static String correlation(long voiceId) {
        return "voice:" + voiceId;
    }

    /** {@code /avis-liste [--statut S] [#tag]} */
    void list(CommandCall call) {
        Optional<VoiceStatus> status = call.option("statut").map(word -> VoiceStatus.parse(word)
                .orElseThrow(() -> call.fail("avis.statut.inconnu", word)));
        Optional<String> tag = call.arguments().isEmpty() ? Optional.empty() : Optional.of(VoiceInput.tags(call.arguments())
                .filter(tags -> tags.size() == 1).orElseThrow(call::usage).get(0));
        VoiceFilter filter = new VoiceFilter(status, tag);
        List<Voice> found = voices.list(call.handle(), filter, LIST_LIMIT);
        String criteria = status.map(value -> call.t("avis.statut." + value.name())).orElse(call.t("avis.liste.ouverts"))
                + tag.map(value -> " · #" + value).orElse("");
        if (found.isEmpty()) {
            call.reply("avis.liste.vide", criteria);
            return;
        }
        long total = voices.count(call.handle(), filter);
        StringBuilder text = new StringBuilder(call.t("avis.liste.titre", total, criteria));
        for (Voice voice : found) {
            text.append('\n').append(VoiceLines.line(call.conversation().texts(), voice, author(call, voice)));
        }
        if (total > found.size()) {
            text.append("\n\n").append(call.t("avis.liste.suite", total - found.size()));
        }
        text.append("\n\n").append(call.t("avis.liste.fin"));
        call.conversation().reply(text.toString());
    }

    /** {@code /avis N}: the whole voice; a coordinator reading a new one marks it read. */
    void show(CommandCall call, Voice voice) {
        boolean coordinator = call.conversation().hasRole(Role.COORDINATOR, Optional.empty());
        if (!coordinator && !voice.isBy(call.personId())) {
            throw call.fail("avis.reserve", voice.id());
        }
        if (coordinator && voice.status() == VoiceStatus.NEW) {
            voices.setStatus(call.handle(), voice.id(), VoiceStatus.READ);
            voice = voices.find(call.handle(), voice.id()).orElseThrow();
        }
        Texts texts = call.conversation().texts();
        StringBuilder text = new StringBuilder(call.t("avis.detail.titre", voice.id(), VoiceLines.date(texts, voice.createdOn()),
                VoiceLines.status(texts, voice)));
        text.append('\n').append(voice.anonymous() ? call.t("avis.detail.anonyme")
                : call.t("avis.detail.auteur", author(call, voice), voice.source().map(VoiceSource::channel).orElse("?")));
        if (!voice.tags().isEmpty()) {
            text.append('\n').append(call.t("avis.detail.themes", VoiceLines.tags(voice.tags())));
        }
        if (voice.pollId().isPresent()) {
            long poll = voice.pollId().get();
            text.append('\n').append(call.t("avis.detail.consultation", poll,
                    polls.find(call.handle(), poll).map(Poll::question).map(Markup::literal).orElse("?")));
            List<Long> earlier = voices.earlierAnswers(call.handle(), voice);
            if (!earlier.isEmpty()) {
                text.append('\n').append(call.t("avis.detail.consultation.avant",
                        earlier.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        text.append("\n\n").append(Markup.literal(voice.text()));
        for (VoiceAnswer answer : voices.answers(call.handle(), voice.id())) {
            text.append("\n\n").append(call.t("avis.detail.reponse", Markup.literal(answer.authorName()),
                    VoiceLines.date(texts, LocalDate.ofInstant(answer.createdAt(), zone)), answer.text()));
        }
        if (coordinator) {
            text.append("\n\n").append(call.t(voice.anonymous() ? "avis.detail.actions.anonyme" : "avis.detail.actions", voice.id()));
        }
        call.conversation().reply(text.toString());
    }

    /** {@code /avis N statut clos} */
    void setStatus(CommandCall call, Voice voice, List<String> words) {
        requireCoordinator(call);
        if (words.size() != 1) {
            throw call.usage();
        }
        VoiceStatus status = VoiceStatus.parse(words.get(0)).orElseThrow(() -> call.fail("avis.statut.inconnu", words.get(0)));
        voices.setStatus(call.handle(), voice.id(), status);
        call.reply("avis.statut.fait", voice.id(), call.t("avis.statut." + status.name()));
    }

    /** {@code /avis N tag #café}: by a coordinator, or by the author of a named voice. */
    void tag(CommandCall call, Voice voice, List<String> words) {
        if (!voice.isBy(call.personId())) {
            requireCoordinator(call);
        }
        List<String> tags = VoiceInput.tags(words).filter(list -> !list.isEmpty())
                .orElseThrow(() -> call.fail("avis.theme.invalide", String.join(" ", words)));
        List<String> all = voices.addTags(call.handle(), voice.id(), tags);
        call.reply("avis.theme.fait", voice.id(), VoiceLines.tags(all));
    }

    /** {@code /repondre N texte}: the answer goes back where the voice came from. */
    void answer(CommandCall call) {
        long number = Numbers.parse(call.argument(0)).orElseThrow(call::usage);
        Voice voice = voices.find(call.handle(), number).orElseThrow(() -> call.fail("avis.inconnu", number));
        if (voice.anonymous() || voice.source().isEmpty() || voice.personId().isEmpty()) {
            throw call.fail("avis.reponse.anonyme", voice.id());
        }
        String answer = Numbers.textAfter(call.conversation().inbound().text().orElse(""), 1);
        if (answer.isEmpty()) {
            throw call.usage();
        }
        if (answer.length() > Voices.MAX_LENGTH) {
            throw call.fail("avis.trop.long", Voices.MAX_LENGTH, answer.length());
        }
        VoiceSource source = voice.source().get();
        Optional<Person> author = people.find(call.handle(), voice.personId().get());
        Texts theirs = i18n.texts(author.map(Person::language).orElse(null));
        // threaded on the voice where the channel threads (email), quoted in a group, plain in a private chat
        Content content = Content.notice(theirs.get("avis.reponse.message", voice.id(), VoiceLines.excerpt(voice.text()), answer))
                .in(theirs.language());
        if (source.eventId() != null) {
            content = content.replyingTo(source.eventId());
        }
        voices.answer(call.handle(), voice.id(), call.personId(), answer);
        long row = call.conversation().send(source.destination(), content, correlation(voice.id()));
        // not "sent": the channel has not tried yet; the coordinator hears of it if it fails
        delivery.watch(call.handle(), row, voice.id(), call.personId(), call.conversation().inbound().channel());
        call.reply("avis.reponse.envoyee", voice.id(), author.map(Person::displayName).map(Markup::literal).orElse("?"), source.channel());
    }

    private String author(CommandCall call, Voice voice) {
        if (voice.anonymous()) {
            return call.t("avis.anonyme");
        }
        return VoiceLines.author(call.conversation().texts(), voice,
                voice.personId().flatMap(id -> people.find(call.handle(), id)).map(Person::displayName).orElse("?"));
    }

    private static void requireCoordinator(CommandCall call) {
        if (!call.conversation().hasRole(Role.COORDINATOR, Optional.empty())) {
            throw call.fail("avis.coordination.seulement");
        }
    }
}
