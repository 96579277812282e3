package org.tresse.commands.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.announcement.internal.Dates;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.announcement.Subscription;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.MessageKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.schedule.Job;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;
import org.tresse.core.text.Truncation;

/**
 * The periodic digest: to each active digest subscriber, what is new since their last one —
 * announcements meant for them, decisions, polls opened and still open. Nothing is sent to a
 * subscriber when nothing is new. The job is a row: it survives restarts, and reschedules itself
 * one period later while anyone subscribes.
 */
final class DigestJob {
    static final String KIND = "announcement.digest";
    private static final String REFERENCE = "subscribers";
    private static final int EXCERPT = 120;
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final Announcements announcements;
    private final Subscriptions subscriptions;
    private final Supplier<List<DigestSource>> sources;
    private final People people;
    private final Groups groups;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final I18n i18n;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration every;

    /** @param sources the other features' sections, asked for when a digest is written */
    DigestJob(Announcements announcements, Subscriptions subscriptions, Supplier<List<DigestSource>> sources, People people, Groups groups,
            Outbox outbox, Scheduler scheduler, I18n i18n, Clock clock, ZoneId zone, Duration every) {
        this.announcements = announcements;
        this.subscriptions = subscriptions;
        this.sources = sources;
        this.people = people;
        this.groups = groups;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.i18n = i18n;
        this.clock = clock;
        this.zone = zone;
        this.every = every;
    }

    /** A digest is due within one period (sooner if the period was shortened since). */
    void ensureScheduled(Handle handle) {
        Instant latest = clock.instant().plus(every);
        List<Job> pending = scheduler.pending(handle, KIND, REFERENCE);
        if (pending.stream().anyMatch(job -> !job.dueAt().isAfter(latest))) {
            return;
        }
        scheduler.cancel(handle, KIND, REFERENCE);
        scheduler.schedule(handle, KIND, REFERENCE, latest);
    }

    void run(Handle handle, Job job) {
        Instant until = clock.instant();
        List<Subscription> subscribers = subscriptions.digestSubscribers(handle);
        int sent = 0;
        for (Subscription subscription : subscribers) {
            Texts texts = i18n.texts(people.find(handle, subscription.personId()).map(Person::language).orElse(null));
            Optional<String> digest = digest(handle, texts, subscription, until);
            if (digest.isPresent()) {
                outbox.enqueue(handle, Destination.Direct.to(subscription.identity()),
                        Content.of(MessageKind.DIGEST, digest.get()).in(texts.language()), "digest");
                sent++;
            }
            subscriptions.digestSent(handle, subscription.id(), until);
        }
        log.info("Digest: {} sent, {} subscribers with nothing new", sent, subscribers.size() - sent);
        if (!subscribers.isEmpty()) {
            Instant next = job.dueAt().plus(every);
            scheduler.schedule(handle, KIND, REFERENCE, next.isAfter(until) ? next : until.plus(every));
        }
    }

    private Optional<String> digest(Handle handle, Texts texts, Subscription subscription, Instant until) {
        long person = subscription.personId();
        Instant since = subscription.digestSince();
        StringBuilder body = new StringBuilder();
        List<String> lines = new ArrayList<>();
        List<String> mine = groups.groupsOf(handle, person);
        for (Announcement announcement : announcements.sentBetween(handle, since, until)) {
            if (announcement.audience().everyone() || announcement.audience().groups().stream().anyMatch(mine::contains)) {
                lines.add(Dates.dateTime(texts, announcement.sentAt().orElseThrow(), zone) + " — "
                        + Markup.literal(excerpt(PlainText.render(announcement.text()))));
            }
        }
        section(body, texts, "recap.annonces", lines);
        for (DigestSource source : sources.get()) {
            section(body, texts, source.titleKey(), source.lines(handle, texts, person, since, until));
        }
        if (body.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(texts.get("recap.titre", Dates.dateTime(texts, since, zone)) + body
                + "\n\n" + texts.get("recap.fin"));
    }

    private static void section(StringBuilder body, Texts texts, String titleKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        body.append("\n\n").append(texts.get(titleKey));
        lines.forEach(line -> body.append("\n• ").append(excerpt(line)));
    }

    private static String excerpt(String text) {
        return Truncation.excerpt(text, EXCERPT);
    }
}
