package org.tresse.print;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.core.CoreServices;
import org.tresse.core.groups.Group;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.event.Events;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.print.poster.PollPoster;
import org.tresse.print.poster.EventPoster;
import org.tresse.print.poster.Posters;
import org.tresse.print.report.Reports;
import org.tresse.print.report.sections.StandardSections;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * Three months of La Tresse, from March to May 2024, played as conversations on a moving clock:
 * members vote on Telegram, by email and in the console; residents leave voices (one anonymous),
 * answered by the coordination; an announcement goes out; a meeting's decision is recorded; a
 * consultation is still open at the end. Then the report and poster services on the same store.
 */
public final class ScriptedPeriod {
    public static final List<String> TELEGRAM_MEMBERS = List.of("t1", "t2", "t3", "t4", "t5");
    public static final List<String> EMAIL_MEMBERS = List.of("e1@village.fr", "e2@village.fr");
    public static final Links LINKS = new Links(Optional.of("https://tresse.example.org/"), Optional.of("LaTresseBot"),
            Optional.of("bot@la-tresse.org"));

    public final TestTresse tresse;
    public final MemoryChannel console;
    public final MemoryChannel telegram;
    public final MemoryChannel email;
    public final CoreServices core;
    public final Polls polls;
    public final Events events;
    public final Reports reports;
    public final Posters posters;
    public final I18n i18n;
    /** Every domain service, as the app builds them (the events' answers and meetings for their report section). */
    public final Features features;
    private final Path data;

    private ScriptedPeriod(Database database, Path data, Branding branding) {
        this.data = data;
        Features.Settings settings = Features.Settings.defaults(data);
        List<Features> built = new ArrayList<>(1);
        tresse = TestTresse.on(database)
                .clock(MutableClock.atVillageMorning())
                .features((core, channels) -> {
                    built.add(Features.build(core, channels, settings));
                    return built.get(0).all();
                })
                .bundles(PrintTexts.BUNDLE)
                .channels("console", "telegram", "email")
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                    core.groups().attachRoom(handle, "telegram", "-100cafe", "cafe");
                }))
                .handler(Assembled::handler)
                .build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        email = tresse.channel("email");
        core = tresse.core();
        Features features = built.get(0);
        this.features = features;
        polls = features.polls();
        events = features.events();
        i18n = core.i18n();
        reports = new Reports(core.clock(), core.zone(), i18n, core.groups(), branding, LINKS,
                StandardSections.of(core.people(), core.groups(), core.outbox(), features.subscriptions(), polls, features.decisions(),
                        features.voices(), features.announcements()));
        posters = new Posters(core.clock(), core.zone(), i18n, branding, LINKS).standard(new PollPoster(polls), new EventPoster(features.events()));
    }

    /** An empty village: the groups, nobody yet. */
    public static ScriptedPeriod empty(Database database, Path data) {
        return new ScriptedPeriod(database, data, Branding.named("La Tresse"));
    }

    public static ScriptedPeriod empty(Database database, Path data, Branding branding) {
        return new ScriptedPeriod(database, data, branding);
    }

    /** The whole spring, played; the clock ends on 3 June 2024. */
    public static ScriptedPeriod spring(Database database, Path data) {
        ScriptedPeriod period = empty(database, data);
        period.play();
        return period;
    }

    private void play() {
        console.say("ana", "/moi");
        for (String user : TELEGRAM_MEMBERS) {
            telegram.say(user, "/moi");
            console.say("ana", "/role telegram:" + user + " membre");
        }
        for (String user : EMAIL_MEMBERS) {
            email.say(user, "/moi");
            console.say("ana", "/role email:" + user + " membre");
        }
        console.say("ana", "/role console:ana membre");
        telegram.say("t1", "/rejoindre cafe");
        telegram.say("t2", "/rejoindre cafe");
        telegram.say("rosalie", "/abonner annonces");
        telegram.say("t3", "/abonner");

        // March: a proposal for the members, voted on three channels; closes at its deadline
        console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 10j --quorum 4");
        telegram.say("t1", "/vote 1 pour");
        telegram.say("t2", "/vote 1 pour");
        telegram.say("t3", "/vote 1 contre");
        email.say("e1@village.fr", "/vote 1 pour");
        console.say("ana", "/vote 1 abstention");
        telegram.say("rosalie", "/avis Il manque un banc devant la ressourcerie #ressourcerie");
        telegram.say("raoul", "/avis Le café pourrait proposer du thé local #cafe #alimentation");
        advance(Duration.ofMinutes(20));
        console.say("ana", "/repondre 1 Merci ! Un banc arrive en avril.");
        console.say("ana", "/avis Un avis sans nom sur le bruit --anonyme");
        advance(Duration.ofDays(12));

        // April: an announcement to everyone; a secret single-choice poll of the café group
        console.say("ana", "/annonce \"**Assemblée générale** le samedi 20 avril à 10 h\" --tous");
        console.say("ana", "/confirmer 1");
        advance(Duration.ofDays(20));
        console.say("ana", "/sondage \"Quel jour pour la fête ?\" samedi dimanche --groupe cafe --secret --jusqua 5j");
        telegram.say("t1", "/vote 2 samedi");
        telegram.say("t2", "/vote 2 dimanche");
        email.say("e2@village.fr", "/avis Merci pour la gratiferia #ressourcerie");
        advance(Duration.ofDays(7));
        console.say("ana", "/decision \"Horaires d’été\" \"Le café ouvre à 9 h du 1er juin au 31 août.\" --groupe cafe");

        // May: a public consultation, still open when the report is made
        advance(Duration.ofDays(14));
        console.say("ana", "/sondage \"Que voulez-vous au marché de Noël ?\" --type consultation --public --jusqua 60j");
        telegram.say("rosalie", "/vote 3 Des jeux en bois pour les enfants #enfants");
        telegram.say("romy", "/vote 3 Un stand de soupe #alimentation");
        email.say("e1@village.fr", "/vote 3 Une chorale");
        advance(Duration.ofDays(21));
        tresse.clock().set(Instant.parse("2024-06-03T08:00:00Z"));
        tresse.deliverAll();
    }

    /** The refusal {@code work} throws, in French, as the person would read it. */
    public String refusal(Runnable work) {
        try {
            work.run();
        } catch (org.tresse.core.engine.UserError refusal) {
            return i18n.texts(Language.FR).get(refusal.key(), refusal.arguments());
        }
        throw new AssertionError("no refusal");
    }

    public void advance(Duration duration) {
        tresse.advance(duration);
    }

    public Path data() {
        return data;
    }

    public long count(String sql, Object... arguments) {
        return core.database().inTransaction(handle -> handle.count(sql, arguments));
    }
}
