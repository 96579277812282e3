package org.tresse.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.CommandSettings;
import org.tresse.commands.TresseCommands;
import org.tresse.commands.announcement.AnnouncementCommands;
import org.tresse.commands.groups.GroupCommands;
import org.tresse.commands.help.HelpCommand;
import org.tresse.commands.people.PeopleCommands;
import org.tresse.commands.poll.PollCommands;
import org.tresse.commands.voice.VoiceCommands;
import org.tresse.commands.web.LinkCommand;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.Core;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Group;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Role;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestTresse;

/**
 * La Tresse with its web front door, for tests: the commands of every feature (and {@code /lien})
 * behind the engine, console, telegram and email memory channels (with buttons and edits, like Telegram
 * without native polls), groups café (public, with the
 * Telegram room "cafe-room") and bureau (kept off the public pages), and the web server on a
 * free loopback port. Links are written with {@link #PUBLIC_URL}; {@link #local} maps them here.
 *
 * <p>This is the only place the web tests assemble Tresse (with the core's {@code Core}, until the
 * assembly's features replace it).
 */
public final class WebVillage implements AutoCloseable {
    public static final String PUBLIC_URL = "http://tresse.test";
    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
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
        Subscriptions subscriptions = new Subscriptions(java.time.Clock.systemUTC());
        List<String> bundles = new java.util.ArrayList<>(TresseCommands.BUNDLES);
        bundles.add(LinkCommand.BUNDLE);
        bundles.add(WebFrontDoor.BUNDLE);
        TestTresse tresse = TestTresse.on(database)
                .bundles(bundles.toArray(String[]::new))
                .channels("console", "telegram", "email")
                .capabilities(new org.tresse.core.channel.ChannelCapabilities(4096, true, false, true, true, true, false,
                        org.tresse.core.channel.RateLimits.NONE))
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().define(handle, new Group("bureau", "Bureau", false));
                    core.groups().attachRoom(handle, "telegram", "cafe-room", "cafe");
                }))
                .handler(core -> {
                    CommandRouter router = new CommandRouter();
                    router.add(new HelpCommand(router).command());
                    router.addAll(new PeopleCommands(core).commands());
                    router.addAll(new GroupCommands(core).commands());
                    VoiceCommands voices = new VoiceCommands(core);
                    voices.install(router);
                    new AnnouncementCommands(core, CommandSettings.defaults().announcements()).install(router);
                    PollCommands polls = new PollCommands(core, SecretBallotKey.of(KEY), voices.consultations());
                    polls.register(router);
                    PersonalLinks links = new PersonalLinks(core.clock(), core.people());
                    router.add(new LinkCommand(links, polls.polls(), PUBLIC_URL).command());
                    WebServices services = new WebServices(core.database(), core.clock(), core.outbox(), core.groups(),
                            polls.polls(), polls.decisions(), new Announcements(core.clock()), links);
                    built[0] = services;
                    Unsubscribe unsubscribe = new SubscriptionUnsubscribe(core.database(), subscriptions,
                            token -> token.startsWith("u") ? Optional.of(token.substring(1, 6) + "@example.org") : Optional.empty());
                    front[0] = new WebFrontDoor(services, Site.from(config), tune.apply(WebOptions.loopback(0)), core.i18n(),
                            unsubscribe, () -> List.of("console", "telegram", "email", "web"), true);
                    core.delivery().add(front[0].connector(), null);
                    return front[0].intake().around(router);
                })
                .build();
        WebVillage village = new WebVillage(tresse, front[0], subscriptions, built[0]);
        front[0].connector().start(tresse.engine());
        front[0].connector().afterReceive(village::deliverAll);
        for (String name : List.of("console", "telegram", "email")) {
            tresse.channel(name).afterReceive(village::deliverAll);
        }
        if (serve) {
            front[0].start(null);
        }
        return village;
    }

    public TestTresse tresse() {
        return tresse;
    }

    public Core core() {
        return tresse.core();
    }

    public MemoryChannel console() {
        return tresse.channel("console");
    }

    public MemoryChannel channel(String name) {
        return tresse.channel(name);
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
        for (String user : users) {
            core().database().useTransaction(handle -> {
                long id = core().people().resolve(handle, new Identity("console", user), user).id();
                core().people().grant(handle, id, Role.MEMBER, Optional.empty());
            });
        }
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
