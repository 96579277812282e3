package org.tresse.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.web.LinkFeature;
import org.tresse.commands.web.PersonalBallotLinks;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Partner;
import org.tresse.core.event.Place;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestTresse;

/**
 * La Tresse with its web front door, for tests: the commands of every feature (and {@code /lien})
 * behind the engine, console, telegram and email memory channels (with buttons and edits, like Telegram
 * without native polls), groups café (public, with the
 * Telegram room "cafe-room") and bureau (kept off the public pages), and the web server on a
 * free loopback port; the events know {@link #RULES}' place and partner. Links are written with {@link #PUBLIC_URL} (ballots by email carry one too);
 * {@link #local} maps them here.
 *
 * <p>This is the only place the web tests assemble Tresse: every feature as the app installs
 * them, plus {@code /lien} and the web front door, and the web intake around the router.
 */
public final class WebVillage implements AutoCloseable {
    public static final String PUBLIC_URL = "http://tresse.test";
    static final String CONFIG = """
            association:
              name: La Tresse
              description: Le tiers-lieu de Lalbenque, un café associatif, une ressourcerie et des espaces de travail partagés.
              colors: { primary: "#24584a", accent: "#a34a12" }
              legal: { publisher: "Pierre, président", address: "Rue du Paradis, 46230 Lalbenque", email: contact@la-tresse.test, registration: RNA W462000000, host: "Hébergeur SAS, 1 rue de l'Exemple, 75000 Paris" }
            groups:
              - id: cafe
                name: Café associatif
              - id: bureau
                name: Bureau
                open: false
                public: false
            web:
              public-url: http://tresse.test
            channels:
              console: { enabled: true }
              telegram: { token: x, username: LaTresseBot }
              email: { address: tresse@la-tresse.test, imap: { host: imap.test, password: x }, smtp: { host: smtp.test, password: x } }
            """;

    /** The events' place and partner association, as tresse.yml's {@code events:} would give them. */
    public static final EventRules RULES = EventRules.defaults()
            .withPlaces(List.of(new Place("La Vayssade", Optional.of("La Vayssade, 46230 Lalbenque"), java.util.OptionalInt.of(40))))
            .withPartners(List.of(new Partner("comite", "Comité des fêtes", Optional.of(new Identity("email", "comite@example.org")))));

    private final TestTresse tresse;
    private final WebFrontDoor front;
    private final Subscriptions subscriptions;
    private final WebServices services;

    private WebVillage(TestTresse tresse, WebFrontDoor front, Subscriptions subscriptions, WebServices services) {
        this.tresse = tresse;
        this.front = front;
        this.subscriptions = subscriptions;
        this.services = services;
    }

    public static WebVillage start(Database database) {
        return start(database, options -> options);
    }

    public static WebVillage start(Database database, java.util.function.UnaryOperator<WebOptions> tune) {
        return start(database, tune, true);
    }

    /** With {@code serve} false, everything but the HTTP server (to measure what the server costs). */
    public static WebVillage start(Database database, java.util.function.UnaryOperator<WebOptions> tune, boolean serve) {
        return start(database, tune, serve, CONFIG);
    }

    /** With another {@code tresse.yml} (a logo, other colours). */
    public static WebVillage start(Database database, java.util.function.UnaryOperator<WebOptions> tune, boolean serve,
            String configText) {
        TresseConfig config = new ConfigLoader(name -> null).load(configText, "tresse.yml");
        WebFrontDoor[] front = new WebFrontDoor[1];
        WebServices[] built = new WebServices[1];
        Subscriptions[] subscriptions = new Subscriptions[1];
        Features.Settings settings = Features.Settings.defaults(Path.of("target", "test-data", UUID.randomUUID().toString()));
        TestTresse tresse = TestTresse.on(database)
                .channels("console", "telegram", "email")
                .capabilities(ChannelCapabilities.of(4096, RateLimits.NONE, ChannelCapabilities.Ability.FORMATTING,
                        ChannelCapabilities.Ability.BUTTONS, ChannelCapabilities.Ability.EDITING,
                        ChannelCapabilities.Ability.PRIVATE_MESSAGES))
                .features((core, channels) -> {
                    PersonalLinks links = new PersonalLinks(core.clock());
                    // as the app does when web.public-url is set: ballots by email carry a personal link
                    Features features = Features.build(core, channels, new Features.Settings(settings.ballotKey(), settings.voices(),
                            settings.announcements(), RULES, Optional.of(PUBLIC_URL))
                            .withBallotLinks(new PersonalBallotLinks(links, PUBLIC_URL, core.clock())));
                    WebServices services = new WebServices(core.database(), core.clock(), core.outbox(), core.groups(),
                            features.polls(), features.decisions(), features.announcements(), links,
                            new WebServices.Agenda(features.calendar(), features.feedTokens(), core.people(),
                                    features.events(), features.rsvps(), features.proposals(),
                                    () -> settings.ballotKey().subkey(WebServices.Agenda.PROPOSER_KEY)), core.leases(),
                            features.voiceDesk());
                    built[0] = services;
                    subscriptions[0] = features.subscriptions();
                    Unsubscribe unsubscribe = new SubscriptionUnsubscribe(core.database(), features.subscriptions(),
                            token -> token.startsWith("u") ? Optional.of(token.substring(1, 6) + "@example.org") : Optional.empty());
                    front[0] = new WebFrontDoor(services, Site.from(config), tune.apply(WebOptions.loopback(0)), core.i18n(),
                            unsubscribe, () -> List.of("console", "telegram", "email", "web"), true);
                    List<Feature> all = new ArrayList<>(features.all());
                    all.add(new LinkFeature(links, features.polls(), PUBLIC_URL));
                    all.add(front[0]);
                    return all;
                })
                .handler(Assembled::handler)
                .setup(core -> {
                    core.delivery().add(front[0].connector(), null);
                    core.database().useTransaction(handle -> {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().define(handle, new Group("bureau", "Bureau", false));
                        core.groups().attachRoom(handle, "telegram", "cafe-room", "cafe");
                    });
                })
                .build();
        WebVillage village = new WebVillage(tresse, front[0], subscriptions[0], built[0]);
        front[0].connector().start(tresse.engine());
        front[0].connector().afterReceive(village::deliverAll);
        for (String name : List.of("console", "telegram", "email")) {
            tresse.channel(name).afterReceive(village::deliverAll);
        }
        if (serve) {
            front[0].start(tresse.core().installation().all(WebFrontDoor.ROUTES));
        }
        return village;
    }

    public TestTresse tresse() {
        return tresse;
    }

    public CoreServices core() {
        return tresse.core();
    }

    public MemoryChannel console() {
        return tresse.channel("console");
    }

    public MemoryChannel channel(String name) {
        return tresse.channel(name);
    }

    /** The web channel (its {@code afterReceive} delivers at once; a test may change that). */
    public org.tresse.web.channel.WebConnector webChannel() {
        return front.connector();
    }

    public WebServices services() {
        return services;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public String base() {
        return "http://127.0.0.1:" + front.port();
    }

    /** A link Tresse wrote (with its public address), as reached on this test server. */
    public String local(String publicLink) {
        return publicLink.replace(PUBLIC_URL, base());
    }

    /** Gives these console persons the member role (created on first contact). */
    public void members(String... users) {
        members("console", users);
    }

    /** Gives the persons of these email addresses the member role (created on first contact). */
    public void membersByEmail(String... addresses) {
        members("email", addresses);
    }

    private void members(String channel, String... users) {
        for (String user : users) {
            core().database().useTransaction(handle -> {
                long id = core().people().resolve(handle, new Identity(channel, user), user).id();
                core().people().grant(handle, id, Role.MEMBER, Optional.empty());
            });
        }
    }

    /**
     * Years of announcements by ana (who must have written), sent one a day before now: {@code shown}
     * for everyone ("Annonce n°1" the oldest), and every tenth day one for the bureau (kept off the pages).
     */
    public void pastAnnouncements(int shown) {
        core().database().useTransaction(handle -> {
            long ana = core().people().findByIdentity(handle, new Identity("console", "ana")).orElseThrow().id();
            java.time.Instant first = core().clock().instant().minus(Duration.ofDays(shown * 2L));
            List<Object[]> rows = new ArrayList<>();
            int written = 0;
            for (int day = 0; written < shown; day++) {
                boolean bureau = day % 10 == 9;
                String text = bureau ? "Réservé au bureau n°" + day : "Annonce n°" + (++written);
                java.time.Instant at = first.plus(Duration.ofDays(day));
                rows.add(new Object[] {ana, text, !bureau, bureau ? "bureau" : "", "telegram", at, at.plus(Duration.ofMinutes(30)), at});
            }
            handle.batch("insert into announcement (author_id, text, everyone, group_slugs, channels, status, created_at, expires_at, "
                    + "sent_at) values (?, ?, ?, ?, ?, 'SENT', ?, ?, ?)", rows);
        });
    }

    public long count(String sql, Object... arguments) {
        return core().database().inTransaction(handle -> handle.count(sql, arguments));
    }

    public void advance(Duration duration) {
        tresse.advance(duration);
        deliverAll();
    }

    /** Delivers what is due on every channel, the web's first (it forwards answers by email). */
    public void deliverAll() {
        core().delivery().deliverNow("web");
        tresse.deliverAll();
    }

    @Override
    public void close() {
        front.stop();
        front.connector().stop();
    }
}
