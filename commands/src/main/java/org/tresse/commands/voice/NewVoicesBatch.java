package org.tresse.commands.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.voice.internal.VoiceLines;
import org.tresse.core.engine.Reach;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.schedule.Job;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceBatchSchedule;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.Voices;

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
    private static final int MAX_LINES = 15;
    private static final Logger log = LoggerFactory.getLogger(NewVoicesBatch.class);

    private final Voices voices;
    private final VoiceBatchSchedule schedule;
    private final People people;
    private final Groups groups;
    private final Reach reach;
    private final Outbox outbox;
    private final I18n i18n;
    private final VoiceSettings settings;

    NewVoicesBatch(Voices voices, VoiceBatchSchedule schedule, People people, Groups groups, Reach reach, Outbox outbox,
            I18n i18n, VoiceSettings settings) {
        this.voices = voices;
        this.schedule = schedule;
        this.people = people;
        this.groups = groups;
        this.reach = reach;
        this.outbox = outbox;
        this.i18n = i18n;
        this.settings = settings;
    }

    void run(Handle handle, Job job) {
        List<Voice> due = voices.toAnnounce(handle);
        List<Voice> unread = due.stream().filter(voice -> voice.status() == VoiceStatus.NEW).toList();
        if (!unread.isEmpty()) {
            announce(handle, unread);
        }
        voices.markAnnounced(handle, due.stream().map(Voice::id).toList());
        if (voices.anyUnannounced(handle)) {
            schedule.scheduleNext(handle);
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
            String text = texts.computeIfAbsent(language, any -> summary(handle, i18n.texts(language), due));
            outbox.enqueue(handle, destination, Content.notice(text).in(language), "voices:new");
        });
        log.debug("Told {} recipients of {} new voices", recipients.size(), due.size());
    }

    private String summary(Handle handle, Texts texts, List<Voice> due) {
        StringBuilder text = new StringBuilder(texts.get("avis.nouveaux.titre", due.size()));
        for (Voice voice : due.subList(0, Math.min(MAX_LINES, due.size()))) {
            String author = voice.anonymous() ? texts.get("avis.anonyme") : VoiceLines.author(texts, voice,
                    voice.personId().flatMap(id -> people.find(handle, id)).map(Person::displayName).orElse("?"));
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
        if (groups.find(handle, settings.coordinationGroup()).isPresent()) {
            for (Groups.AttachedRoom room : groups.rooms(handle, settings.coordinationGroup())) {
                recipients.put(new Destination.Room(room.channel(), room.roomId(), RoomKind.GROUP), i18n.defaultLanguage());
            }
        }
        if (!recipients.isEmpty()) {
            return recipients;
        }
        for (long personId : people.withRole(handle, Role.COORDINATOR, Optional.empty())) {
            Language language = people.find(handle, personId).map(Person::language).orElse(null);
            reach.privately(handle, personId).ifPresent(destination -> recipients.put(destination,
                    language == null ? i18n.defaultLanguage() : language));
        }
        return recipients;
    }
}
