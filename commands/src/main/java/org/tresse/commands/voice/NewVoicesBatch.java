package org.tresse.commands.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.commands.voice.internal.VoiceLines;
import org.tresse.core.Core;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.Groups;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.schedule.Job;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Anonymity;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.Voices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the coordinators of new voices in batches, not one message per voice. Rule: if the
 * coordination group ({@code bureau} by default) has rooms attached, one summary goes to each of
 * them; otherwise each coordinator gets one summary in private, on the channel they last wrote
 * from. Named voices wait {@link Voices#ANONYMIZE_WINDOW} first (their author may still make them
 * anonymous); a voice a coordinator already opened is not announced. The job also deletes the
 * delivered receipts of anonymous voices from the outbox.
 *
 * <p>Its due times fall on multiples of the period, so a job row never dates a voice.
 */
final class NewVoicesBatch {
    static final String KIND = "voice.announce";
    private static final String REFERENCE = "batch";
    private static final int MAX_LINES = 15;
    private static final Logger log = LoggerFactory.getLogger(NewVoicesBatch.class);

    private final Core core;
    private final Voices voices;
    private final VoiceSettings settings;

    NewVoicesBatch(Core core, Voices voices, VoiceSettings settings) {
        this.core = core;
        this.voices = voices;
        this.settings = settings;
    }

    /** Makes sure a batch is due at the next multiple of the period. */
    void ensureScheduled(Handle handle) {
        if (core.scheduler().pending(handle, KIND, REFERENCE).isEmpty()) {
            core.scheduler().schedule(handle, KIND, REFERENCE, nextSlot());
        }
    }

    private Instant nextSlot() {
        long period = settings.batchEvery().toMillis();
        long now = core.clock().millis();
        return Instant.ofEpochMilli((now / period + 1) * period);
    }

    void run(Handle handle, Job job) {
        List<Voice> due = voices.toAnnounce(handle);
        List<Voice> unread = due.stream().filter(voice -> voice.status() == VoiceStatus.NEW).toList();
        if (!unread.isEmpty()) {
            announce(handle, unread);
        }
        voices.markAnnounced(handle, due.stream().map(Voice::id).toList());
        Anonymity.purgeDelivered(handle, Anonymity.RECEIPT_CORRELATION);
        boolean receiptsLeft = handle.count("select count(*) from outbox where correlation = ?", Anonymity.RECEIPT_CORRELATION) > 0;
        if (voices.anyUnannounced(handle) || receiptsLeft) {
            core.scheduler().schedule(handle, KIND, REFERENCE, nextSlot());
        }
    }

    private void announce(Handle handle, List<Voice> due) {
        Map<Destination, Language> recipients = recipients(handle);
        if (recipients.isEmpty()) {
            log.warn("{} new voices but no coordinator to tell: give someone the coordinator role", due.size());
            return;
        }
        Map<Language, String> texts = new LinkedHashMap<>();
        recipients.forEach((destination, language) -> {
            String text = texts.computeIfAbsent(language, any -> summary(handle, core.i18n().texts(language), due));
            core.outbox().enqueue(handle, destination, Content.notice(text), "voices:new");
        });
        log.debug("Told {} recipients of {} new voices", recipients.size(), due.size());
    }

    private String summary(Handle handle, Texts texts, List<Voice> due) {
        StringBuilder text = new StringBuilder(texts.get("avis.nouveaux.titre", due.size()));
        for (Voice voice : due.subList(0, Math.min(MAX_LINES, due.size()))) {
            String author = voice.anonymous() ? texts.get("avis.anonyme") : VoiceLines.author(texts, voice,
                    voice.personId().flatMap(id -> core.people().find(handle, id)).map(Person::displayName).orElse("?"));
            text.append('\n').append(VoiceLines.line(texts, voice, author));
        }
        if (due.size() > MAX_LINES) {
            text.append("\n\n").append(texts.get("avis.liste.suite", due.size() - MAX_LINES));
        }
        return text.append("\n\n").append(texts.get("avis.nouveaux.fin")).toString();
    }

    /** The coordination group's rooms, or each coordinator in private; with the language to write in. */
    private Map<Destination, Language> recipients(Handle handle) {
        Map<Destination, Language> recipients = new LinkedHashMap<>();
        Groups groups = core.groups();
        if (groups.find(handle, settings.coordinationGroup()).isPresent()) {
            for (Groups.AttachedRoom room : groups.rooms(handle, settings.coordinationGroup())) {
                recipients.put(new Destination.Room(room.channel(), room.roomId(), RoomKind.GROUP), core.i18n().defaultLanguage());
            }
        }
        if (!recipients.isEmpty()) {
            return recipients;
        }
        for (long personId : core.people().withRole(handle, Role.COORDINATOR, Optional.empty())) {
            Optional<Identity> identity = preferredIdentity(handle, personId);
            Language language = core.people().find(handle, personId).map(Person::language).orElse(null);
            identity.ifPresent(value -> recipients.put(Destination.Direct.to(value),
                    language == null ? core.i18n().defaultLanguage() : language));
        }
        return recipients;
    }

    /** The identity on the channel the person last wrote from, or their first one. */
    private Optional<Identity> preferredIdentity(Handle handle, long personId) {
        List<Identity> identities = new ArrayList<>(core.people().identities(handle, personId));
        if (identities.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> lastChannel = handle.one("select channel from inbound_log where person_id = ? "
                + "order by received_at desc fetch first 1 rows only", row -> row.getString(1), personId);
        return Optional.of(lastChannel.flatMap(channel -> identities.stream().filter(identity -> identity.channel().equals(channel))
                .findFirst()).orElse(identities.get(0)));
    }
}
