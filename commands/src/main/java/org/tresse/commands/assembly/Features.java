package org.tresse.commands.assembly;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.announcement.AnnouncementFeature;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.confirmation.ConfirmationFeature;
import org.tresse.commands.decision.DecisionFeature;
import org.tresse.commands.event.DatePollEvents;
import org.tresse.commands.event.EventFeature;
import org.tresse.commands.event.EventFormat;
import org.tresse.commands.event.EventPublisher;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.commands.help.HelpFeature;
import org.tresse.commands.meeting.MeetingFeature;
import org.tresse.commands.people.PeopleFeature;
import org.tresse.commands.poll.PollFeature;
import org.tresse.commands.voice.VoiceFeature;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.core.CoreServices;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.channel.Channels;
import org.tresse.core.confirmation.Confirmations;
import org.tresse.core.decision.Decisions;
import org.tresse.core.engine.Reach;
import org.tresse.core.event.AgendaItems;
import org.tresse.core.event.EventCalendar;
import org.tresse.core.event.EventProposals;
import org.tresse.core.event.EventReminders;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Events;
import org.tresse.core.event.FeedTokens;
import org.tresse.core.event.Rsvps;
import org.tresse.core.feature.Feature;
import org.tresse.core.poll.BallotLinks;
import org.tresse.core.meeting.Meetings;
import org.tresse.core.meeting.MinutesPrinter;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomCounts;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.voice.Anonymity;
import org.tresse.core.voice.ConsultationVoices;
import org.tresse.core.voice.VoiceBatchSchedule;
import org.tresse.core.voice.VoiceDesk;
import org.tresse.core.voice.Voices;

/**
 * The association's features — help, people, groups, the register, polls, voices, announcements,
 * events and meetings —
 * each domain service built once, here, with its collaborators named. The app adds its channels'
 * and pages' features beside these, and installs them all.
 */
public final class Features {
    /**
     * What the features are told from the configuration.
     *
     * @param ballotKey   the secret ballots' master key ({@code ballot.key} beside the embedded database)
     * @param ballotLinks personal links to the web ballot for ballots sent by email, when the pages have a
     *                    public address; empty otherwise
     * @param minutesPrinter the minutes' PDF, attached to the minutes sent to the members ({@code NONE}: none)
     */
    public record Settings(SecretBallotKey ballotKey, VoiceSettings voices, AnnouncementSettings announcements, EventRules events,
            Optional<String> publicUrl, Optional<BallotLinks> ballotLinks, MinutesPrinter minutesPrinter) {
        /** Without events' places and partners, no web address, no links in email ballots. */
        public Settings(SecretBallotKey ballotKey, VoiceSettings voices, AnnouncementSettings announcements) {
            this(ballotKey, voices, announcements, EventRules.defaults(), Optional.empty(), Optional.empty(), MinutesPrinter.NONE);
        }

        /** The same with these events' places and partners, and the pages' public address. */
        public Settings(SecretBallotKey ballotKey, VoiceSettings voices, AnnouncementSettings announcements, EventRules events,
                Optional<String> publicUrl) {
            this(ballotKey, voices, announcements, events, publicUrl, Optional.empty(), MinutesPrinter.NONE);
        }

        /** The same, ballots sent by email carrying a personal link to the web ballot. */
        public Settings withBallotLinks(BallotLinks links) {
            return new Settings(ballotKey, voices, announcements, events, publicUrl, Optional.of(links), minutesPrinter);
        }

        /** The same, the minutes sent to the members carrying their PDF. */
        public Settings withMinutesPrinter(MinutesPrinter printer) {
            return new Settings(ballotKey, voices, announcements, events, publicUrl, ballotLinks, printer);
        }

        /** The default settings, with the ballot key in {@code dataDirectory}. */
        public static Settings defaults(Path dataDirectory) {
            return new Settings(SecretBallotKey.inDirectory(dataDirectory), VoiceSettings.defaults(), AnnouncementSettings.defaults());
        }

        /** The same with these events' places, partners and reminders. */
        public Settings withEvents(EventRules rules) {
            return new Settings(ballotKey, voices, announcements, rules, publicUrl, ballotLinks, minutesPrinter);
        }
    }

    private final Decisions decisions;
    private final Polls polls;
    private final Voices voices;
    private final VoiceDesk voiceDesk;
    private final Announcements announcements;
    private final Subscriptions subscriptions;
    private final Events events;
    private final Meetings meetings;
    private final EventCalendar calendar;
    private final FeedTokens feedTokens;
    private final Rsvps rsvps;
    private final EventProposals proposals;
    private final List<Feature> all;

    private Features(Decisions decisions, Polls polls, VoiceDesk voiceDesk, Voices voices, Announcements announcements,
            Subscriptions subscriptions, EventParts eventParts, List<Feature> all) {
        this.decisions = decisions;
        this.polls = polls;
        this.voiceDesk = voiceDesk;
        this.voices = voices;
        this.announcements = announcements;
        this.subscriptions = subscriptions;
        this.events = eventParts.events();
        this.meetings = eventParts.meetings();
        this.calendar = eventParts.calendar();
        this.feedTokens = eventParts.tokens();
        this.rsvps = eventParts.rsvps();
        this.proposals = eventParts.proposals();
        this.all = all;
    }

    /** The events' services, as built together. */
    private record EventParts(Events events, Meetings meetings, EventCalendar calendar, FeedTokens tokens, Rsvps rsvps,
            EventProposals proposals) {}

    public static Features build(CoreServices core, Channels channels, Settings settings) {
        Reach reach = new Reach(core.people(), core.inboundLog(), channels);
        Decisions decisions = new Decisions(core.clock());
        Voices voices = new Voices(core.clock(), core.zone());
        Anonymity anonymity = new Anonymity(core.inboundLog(), core.people(), core.groups(), core.outbox());
        VoiceBatchSchedule voiceBatches = new VoiceBatchSchedule(core.scheduler(), core.clock(), settings.voices().batchEvery());
        VoiceDesk voiceDesk = new VoiceDesk(voices, anonymity, voiceBatches);
        Announcements announcements = new Announcements(core.clock());
        EventRules eventRules = settings.events();
        Rsvps rsvps = new Rsvps(core.clock(), core.zone(), core.people());
        EventReminders reminders = new EventReminders(core.clock(), core.zone(), core.scheduler(), eventRules);
        Events events = new Events(core.clock(), core.zone(), eventRules, rsvps, reminders);
        AgendaItems agenda = new AgendaItems(core.clock(), core.zone(), eventRules);
        FeedTokens feedTokens = new FeedTokens(core.clock());
        EventCalendar calendar = new EventCalendar(core.clock(), core.zone(), eventRules, events, settings.publicUrl());
        EventPublisher eventPublisher = new EventPublisher(rsvps, calendar, agenda, announcements, core.people(), reach, core.outbox(),
                core.i18n(), channels, AnnouncementSettings.ALL_CHANNELS, core.clock(), core.zone(), new EventFormat(core.zone(), eventRules),
                settings.ballotLinks().flatMap(org.tresse.core.poll.BallotLinks::events));
        Polls polls = new Polls(core.clock(), core.zone(), core.people(), core.groups(), core.scheduler(), decisions,
                settings.ballotKey(), new ConsultationVoices(voices, voiceDesk),
                new DatePollEvents(events, rsvps, eventPublisher));
        Meetings meetings = new Meetings(core.clock(), core.zone(), events, agenda, polls, new RoomCounts(core.clock()), decisions,
                core.people());
        Subscriptions subscriptions = new Subscriptions(core.clock());
        EventFeature eventFeature = new EventFeature(events, rsvps, reminders, agenda, feedTokens, eventPublisher, polls, core.people(),
                core.groups(), reach, core.outbox(), settings.publicUrl(), core.zone());
        List<Feature> all = List.of(
                new HelpFeature(),
                new PeopleFeature(core.people(), core.groups(), core.linkCodes(), core.inboundLog(), core.i18n()),
                new GroupFeature(core.groups()),
                new VoiceFeature(voices, voiceDesk, anonymity, voiceBatches, polls, core.people(), core.groups(), reach, core.outbox(),
                        core.scheduler(), core.i18n(), core.clock(), core.zone(), settings.voices()),
                new AnnouncementFeature(announcements, subscriptions, () -> core.installation().all(DigestSource.SECTIONS),
                        core.people(), core.groups(), core.outbox(), core.scheduler(), core.i18n(), channels, core.clock(), core.zone(),
                        settings.announcements()),
                new PollFeature(polls, core.people(), core.groups(), reach, core.outbox(), core.scheduler(), core.i18n(), channels,
                        core.clock(), core.zone(), settings.ballotLinks()),
                new DecisionFeature(decisions, polls, core.groups(), core.people(), core.zone()),
                eventFeature,
                new MeetingFeature(meetings, events, agenda, polls, core.people(), core.groups(), reach, core.outbox(), core.i18n(),
                        core.zone(), settings.minutesPrinter()),
                new ConfirmationFeature(new Confirmations(core.clock())));
        return new Features(decisions, polls, voiceDesk, voices, announcements, subscriptions, new EventParts(events, meetings, calendar, feedTokens, rsvps,
                eventFeature.proposals()),
                all);
    }

    /** Every feature, in the order they are installed (the order of {@code /aide}). */
    public List<Feature> all() {
        return all;
    }

    public Decisions decisions() {
        return decisions;
    }

    public Polls polls() {
        return polls;
    }

    public Voices voices() {
        return voices;
    }

    /** Where a voice from outside the chat (the web form) is kept, as {@code /avis} keeps it. */
    public VoiceDesk voiceDesk() {
        return voiceDesk;
    }

    public Announcements announcements() {
        return announcements;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Events events() {
        return events;
    }

    public Meetings meetings() {
        return meetings;
    }

    /** The iCalendar feeds and {@code .ics} files (for the web's {@code /agenda.ics}). */
    public EventCalendar calendar() {
        return calendar;
    }

    /** Answers to events (counts for the web's event pages). */
    public Rsvps rsvps() {
        return rsvps;
    }

    /** Partners' events sent by the web form. */
    public EventProposals proposals() {
        return proposals;
    }

    /** Personal calendar links (for the web's {@code /agenda.ics?jeton=…}). */
    public FeedTokens feedTokens() {
        return feedTokens;
    }
}
