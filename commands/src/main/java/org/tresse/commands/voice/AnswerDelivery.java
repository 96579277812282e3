package org.tresse.commands.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.markup.Markup;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.OutboxRow;
import org.tresse.core.outbox.OutboxStatus;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.schedule.Job;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;

/**
 * The truth about an answer to a voice: a minute after {@code /repondre}, then less and less
 * often, a job looks at the answer's outbox row; if the channel refused it for good, the
 * coordinator who answered is told, in private on the channel they answered from, with the
 * reason. After a day still undelivered, they are told that too.
 */
final class AnswerDelivery {
    static final String KIND = "voice-answer-delivery";
    private static final Duration FIRST_LOOK = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Duration GIVE_UP = Duration.ofDays(1);

    private final Outbox outbox;
    private final Scheduler scheduler;
    private final People people;
    private final I18n i18n;
    private final Clock clock;

    AnswerDelivery(Outbox outbox, Scheduler scheduler, People people, I18n i18n, Clock clock) {
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.people = people;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Watches outbox row {@code row}, the answer of {@code coordinator} (writing on {@code channel}) to {@code voiceId}. */
    void watch(Handle handle, long row, long voiceId, long coordinator, String channel) {
        String reference = row + ":" + voiceId + ":" + coordinator + ":" + clock.instant().getEpochSecond() + ":" + channel;
        scheduler.schedule(handle, KIND, reference, clock.instant().plus(FIRST_LOOK));
    }

    void run(Handle handle, Job job) {
        String[] parts = job.reference().split(":", 5);
        long rowId = Long.parseLong(parts[0]);
        long voiceId = Long.parseLong(parts[1]);
        long coordinator = Long.parseLong(parts[2]);
        Instant answeredAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
        String channel = parts[4];
        Optional<OutboxRow> row = outbox.find(handle, rowId);
        if (row.isEmpty() || row.get().status() == OutboxStatus.SENT) {
            return;
        }
        Instant now = clock.instant();
        if (row.get().status() == OutboxStatus.PENDING) {
            if (now.isBefore(answeredAt.plus(GIVE_UP))) {
                Duration waited = Duration.between(answeredAt, now);
                Duration next = waited.compareTo(LONGEST_WAIT) < 0 ? waited.plus(FIRST_LOOK) : LONGEST_WAIT;
                scheduler.schedule(handle, KIND, job.reference(), now.plus(next));
                return;
            }
            tell(handle, coordinator, channel, "avis.reponse.en.attente", voiceId, row.get(), null);
            return;
        }
        tell(handle, coordinator, channel, "avis.reponse.echec", voiceId, row.get(), row.get().lastError());
    }

    /** Tells the coordinator; {@code storedReason} (null for none) is said in their language. */
    private void tell(Handle handle, long coordinator, String channel, String key, long voiceId, OutboxRow row,
            String storedReason) {
        Optional<Identity> where = people.identities(handle, coordinator).stream()
                .filter(identity -> identity.channel().equals(channel)).findFirst();
        if (where.isEmpty()) {
            return;
        }
        Texts texts = i18n.texts(people.find(handle, coordinator).map(Person::language).orElse(null));
        Destination destination = row.outbound().destination();
        // the address is spelt by its owner (an email, a Matrix id): what it holds is never formatting
        String recipient = Markup.literal(destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId());
        outbox.enqueue(handle, Destination.Direct.to(where.get()),
                Content.notice(texts.get(key, voiceId, recipient, destination.channel(),
                        DeliveryFailure.describeStored(texts, storedReason))).in(texts.language()), null);
    }
}
