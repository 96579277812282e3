package org.tresse.commands.announcement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.announcement.internal.Dates;
import org.tresse.core.Core;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.announcement.Subscription;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.announcement.internal.DecisionDigest;
import org.tresse.core.announcement.internal.OpenPollDigest;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.MessageKind;
import org.tresse.core.people.Person;
import org.tresse.core.schedule.Job;
import org.tresse.core.store.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final Core core;
    private final Announcements announcements;
    private final Subscriptions subscriptions;
    private final Duration every;
    private final List<DigestSource> sources = List.of(new DecisionDigest(), new OpenPollDigest());

    DigestJob(Core core, Announcements announcements, Subscriptions subscriptions, Duration every) {
        this.core = core;
        this.announcements = announcements;
        this.subscriptions = subscriptions;
        this.every = every;
    }

    /** A digest is due within one period (sooner if the period was shortened since). */
    void ensureScheduled(Handle handle) {
        Instant latest = core.clock().instant().plus(every);
        List<Job> pending = core.scheduler().pending(handle, KIND, REFERENCE);
        if (pending.stream().anyMatch(job -> !job.dueAt().isAfter(latest))) {
            return;
        }
        core.scheduler().cancel(handle, KIND, REFERENCE);
        core.scheduler().schedule(handle, KIND, REFERENCE, latest);
    }

    void run(Handle handle, Job job) {
        Instant until = core.clock().instant();
        List<Subscription> subscribers = subscriptions.digestSubscribers(handle);
        int sent = 0;
        for (Subscription subscription : subscribers) {
            Optional<String> digest = digest(handle, subscription, until);
            if (digest.isPresent()) {
                core.outbox().enqueue(handle, Destination.Direct.to(subscription.identity()), Content.of(MessageKind.DIGEST, digest.get()), "digest");
                sent++;
            }
            subscriptions.digestSent(handle, subscription.id(), until);
        }
        log.info("Digest: {} sent, {} subscribers with nothing new", sent, subscribers.size() - sent);
        if (!subscribers.isEmpty()) {
            Instant next = job.dueAt().plus(every);
            core.scheduler().schedule(handle, KIND, REFERENCE, next.isAfter(until) ? next : until.plus(every));
        }
    }

    private Optional<String> digest(Handle handle, Subscription subscription, Instant until) {
        long person = subscription.personId();
        Texts texts = core.i18n().texts(core.people().find(handle, person).map(Person::language).orElse(null));
        Instant since = subscription.digestSince();
        StringBuilder body = new StringBuilder();
        List<String> lines = new ArrayList<>();
        List<String> groups = core.groups().groupsOf(handle, person);
        for (Announcement announcement : announcements.sentBetween(handle, since, until)) {
            if (announcement.audience().everyone() || announcement.audience().groups().stream().anyMatch(groups::contains)) {
                lines.add(Dates.dateTime(texts, announcement.sentAt().orElseThrow(), core.zone()) + " — "
                        + excerpt(PlainText.render(announcement.text())));
            }
        }
        section(body, texts, "recap.annonces", lines);
        for (DigestSource source : sources) {
            section(body, texts, source.titleKey(), source.lines(handle, person, since, until));
        }
        if (body.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(texts.get("recap.titre", Dates.dateTime(texts, since, core.zone())) + body
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
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
