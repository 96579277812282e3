package org.tresse.commands.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.Rights;
import org.tresse.commands.announcement.internal.AnnouncementText;
import org.tresse.commands.announcement.internal.Dates;
import org.tresse.commands.announcement.internal.WhenParser;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.commands.internal.Numbers;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.AnnouncementStatus;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Audience;
import org.tresse.core.announcement.AudienceSpec;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.Conversation;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.schedule.Scheduler;

/**
 * {@code /annonce "texte" [--groupes cafe,bureau | --tous] [--canaux telegram,email] [--le "2024-03-10 09:00"]}
 * shows a preview and the audience per channel; {@code /confirmer N}, by the same person within
 * 30 minutes, sends it (or schedules it). {@code /annonce N statut}, {@code /annonce N annuler}.
 * Subscriptions and the digest are in {@link SubscriptionCommands} and {@link DigestJob}.
 */
public final class AnnouncementFeature implements Feature {
    /** The texts of announcements, subscriptions and the digest. */
    public static final String BUNDLE = "org.tresse.commands.announcement.texts";
    /** How far ahead an announcement may be scheduled. */
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    private final Announcements announcements;
    private final People people;
    private final Groups groups;
    private final Scheduler scheduler;
    private final Channels channels;
    private final Clock clock;
    private final ZoneId zone;
    private final AnnouncementSettings settings;
    private final Broadcast broadcast;
    private final AnnouncementReports reports;
    private final Subscriptions subscriptionStore;
    private final DigestJob digest;
    private final SubscriptionCommands subscriptions;

    /** @param digestSections the other features' sections of the digest, read when one is written */
    public AnnouncementFeature(Announcements announcements, Subscriptions subscriptions, Supplier<List<DigestSource>> digestSections,
            People people, Groups groups, Outbox outbox, Scheduler scheduler, I18n i18n, Channels channels, Clock clock, ZoneId zone,
            AnnouncementSettings settings) {
        this.announcements = announcements;
        this.people = people;
        this.groups = groups;
        this.scheduler = scheduler;
        this.channels = channels;
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
        this.broadcast = new Broadcast(announcements, outbox, i18n);
        this.reports = new AnnouncementReports(announcements, outbox, scheduler, clock, zone);
        this.subscriptionStore = subscriptions;
        this.digest = new DigestJob(announcements, subscriptions, digestSections, people, groups, outbox, scheduler, i18n, clock, zone,
                settings.digestEvery());
        this.subscriptions = new SubscriptionCommands(subscriptions, digest);
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .texts(DeliveryFailure.BUNDLE)
                .job(Broadcast.KIND, broadcast::runScheduled)
                .job(DigestJob.KIND, digest::run)
                .mergeStep(announcements::merge)
                .mergeStep(subscriptionStore::merge)
                .add(CommandRouter.COMMANDS, Command.named("annonce", BUNDLE)
                        .option("groupes").flag("tous").option("canaux")
                        .option("le").arguments(0, Announcements.MAX_LENGTH).offeredTo(this::coordinatesSomething).does(this::annonce))
                .add(CommandRouter.COMMANDS, Command.named("confirmer", BUNDLE).arguments(1, 1)
                        .offeredTo(this::coordinatesSomething).does(this::confirm));
        subscriptions.commands().forEach(command -> to.add(CommandRouter.COMMANDS, command));
    }

    private boolean coordinatesSomething(Conversation conversation) {
        return Rights.somewhere(people, conversation, Role.COORDINATOR);
    }

    private void annonce(CommandCall call) {
        if (!Permissions.coordinatesSomething(people, call)) {
            throw call.fail("annonce.interdit");
        }
        List<String> words = call.arguments();
        Optional<Long> number = words.isEmpty() ? Optional.empty() : Numbers.parse(words.get(0));
        if (number.isPresent() && words.size() <= 2) {
            Announcement announcement = announcements.find(call.handle(), number.get())
                    .orElseThrow(() -> call.fail("annonce.inconnue", number.get()));
            Vocabulary vocabulary = Vocabulary.of(BUNDLE);
            if (words.size() == 1 || vocabulary.means("mots.annonce.statut", words.get(1))) {
                reports.status(call, announcement);
                return;
            }
            if (vocabulary.means("mots.annonce.annuler", words.get(1))) {
                reports.cancel(call, announcement);
                return;
            }
        }
        preview(call);
    }

    private void preview(CommandCall call) {
        String text = AnnouncementText.of(call.conversation().inbound().text().orElse(""), call.arguments());
        if (text.isBlank()) {
            throw call.fail("annonce.vide");
        }
        if (text.length() > Announcements.MAX_LENGTH) {
            throw call.fail("annonce.trop.longue", Announcements.MAX_LENGTH, text.length());
        }
        AudienceSpec spec = audience(call);
        if (!Permissions.mayAnnounce(call, spec)) {
            throw call.fail(spec.everyone() ? "annonce.interdit.tous" : "annonce.interdit.groupes");
        }
        Optional<Instant> when = call.option("le").map(value -> when(call, value));
        Audience audience = announcements.audience(call.handle(), spec);
        if (audience.size() == 0) {
            throw call.fail("annonce.personne");
        }
        Announcement announcement = announcements.preview(call.handle(), call.personId(), text, spec, when);
        // the text as typed: each channel renders it as its readers will see it (plain on the console)
        StringBuilder reply = new StringBuilder(call.t("annonce.apercu.titre", announcement.id()));
        reply.append("\n────────\n\n").append(text).append("\n\n────────\n");
        reply.append(call.t("annonce.apercu.audience", audience.size()));
        boolean allChannels = call.option("canaux").isEmpty();
        for (Audience.ChannelCount count : audience.perChannel(spec.channels())) {
            if (!allChannels || count.total() > 0) {
                reply.append('\n').append(call.t("annonce.apercu.canal", count.channel(), count.rooms(), count.people()));
            }
        }
        reply.append('\n').append(when.map(at -> call.t("annonce.apercu.le", Dates.dateTime(call.conversation().texts(), at, zone)))
                .orElse(call.t("annonce.apercu.maintenant")));
        reply.append("\n\n").append(call.t("annonce.apercu.fin", announcement.id(), Announcements.PREVIEW_VALIDITY.toMinutes()));
        call.conversation().reply(reply.toString());
    }

    private AudienceSpec audience(CommandCall call) {
        List<String> channels = channels(call);
        Optional<String> named = call.option("groupes");
        if (named.isPresent() && call.flag("tous")) {
            throw call.fail("annonce.groupes.et.tous");
        }
        if (named.isEmpty()) {
            return AudienceSpec.everyone(channels);
        }
        List<String> slugs = new ArrayList<>();
        for (String name : named.get().split("[,;\\s]+")) {
            if (!name.isBlank()) {
                String slug = GroupFeature.find(call, groups, name).slug();
                if (!slugs.contains(slug)) {
                    slugs.add(slug);
                }
            }
        }
        if (slugs.isEmpty()) {
            throw call.usage();
        }
        return AudienceSpec.groups(slugs, channels);
    }

    /** The configured channels that run here (all configured ones if none was added to the delivery yet). */
    private List<String> activeChannels() {
        List<String> running = settings.channels().stream()
                .filter(channels::runs).toList();
        return running.isEmpty() ? settings.channels() : running;
    }

    private List<String> channels(CommandCall call) {
        Optional<String> option = call.option("canaux");
        List<String> active = activeChannels();
        if (option.isEmpty()) {
            return active;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : option.get().split("[,;\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            String channel = name.strip().toLowerCase(Locale.ROOT);
            if (!active.contains(channel)) {
                throw call.fail("annonce.canal.inconnu", name, String.join(", ", active));
            }
            if (!chosen.contains(channel)) {
                chosen.add(channel);
            }
        }
        if (chosen.isEmpty()) {
            throw call.usage();
        }
        return chosen;
    }

    private Instant when(CommandCall call, String value) {
        Instant at = WhenParser.parse(value, zone).orElseThrow(() -> call.fail("annonce.date.format", value));
        Instant now = clock.instant();
        if (!at.isAfter(now)) {
            throw call.fail("annonce.date.passee", Dates.dateTime(call.conversation().texts(), at, zone));
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw call.fail("annonce.date.lointaine", value);
        }
        return at;
    }

    /** {@code /confirmer N}: only by its author, within the preview's validity. */
    private void confirm(CommandCall call) {
        long number = Numbers.parse(call.argument(0)).orElseThrow(call::usage);
        Announcement announcement = announcements.find(call.handle(), number)
                .orElseThrow(() -> call.fail("annonce.inconnue", number));
        if (announcement.authorId() != call.personId()) {
            throw call.fail("annonce.confirmer.autre", number);
        }
        if (announcement.status() != AnnouncementStatus.PREVIEW) {
            throw call.fail("annonce.confirmer.deja." + announcement.status().name(), number);
        }
        Instant now = clock.instant();
        if (announcement.isExpiredAt(now)) {
            throw call.fail("annonce.confirmer.expiree", number, Announcements.PREVIEW_VALIDITY.toMinutes());
        }
        if (!Permissions.mayAnnounce(call, announcement.audience())) {
            throw call.fail("annonce.interdit");
        }
        if (announcement.scheduledAt().isPresent()) {
            Instant at = announcement.scheduledAt().get();
            if (!at.isAfter(now)) {
                throw call.fail("annonce.confirmer.heure.passee", number);
            }
            announcements.markScheduled(call.handle(), number);
            scheduler.schedule(call.handle(), Broadcast.KIND, String.valueOf(number), at);
            call.reply("annonce.programmee", number, Dates.dateTime(call.conversation().texts(), at, zone));
            return;
        }
        int recipients = broadcast.send(call.handle(), announcement);
        call.reply("annonce.envoyee", number, recipients);
    }
}
