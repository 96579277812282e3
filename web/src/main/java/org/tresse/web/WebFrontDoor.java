package org.tresse.web;

import java.util.List;
import java.util.function.Supplier;
import org.tresse.core.engine.AroundRouter;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Extension;
import org.tresse.core.feature.Feature;
import org.tresse.core.i18n.I18n;
import org.tresse.web.channel.Contacts;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.channel.WebIntake;
import org.tresse.web.channel.VoiceIntake;
import org.tresse.web.http.Routes;
import org.tresse.web.http.WebRoutes;
import org.tresse.web.http.WebServer;
import org.tresse.web.page.AnnouncementPages;
import org.tresse.web.page.Assets;
import org.tresse.web.page.BallotPages;
import org.tresse.web.page.CalendarFeeds;
import org.tresse.web.page.DecisionPages;
import org.tresse.web.page.EventPages;
import org.tresse.web.page.RsvpPages;
import org.tresse.web.page.EventProposalPage;
import org.tresse.web.page.Guard;
import org.tresse.web.page.HealthPage;
import org.tresse.web.page.HomePage;
import org.tresse.web.page.LegalPages;
import org.tresse.web.page.Pages;
import org.tresse.web.page.PollPages;
import org.tresse.web.page.UnsubscribePage;
import org.tresse.web.page.VoicePage;
import org.tresse.web.security.Cookies;
import org.tresse.web.security.Csrf;
import org.tresse.web.security.RateLimiter;
import org.tresse.web.security.Secrets;
import org.tresse.web.security.SecurityHeaders;
import org.tresse.web.view.Views;

/**
 * The web front door, a feature assembled in plain code: its channel ({@link #connector()}, to add
 * to the delivery and start with the engine like any connector) and its server, started and stopped
 * explicitly with every feature's {@link #ROUTES}. It contributes its texts (the answers to web forms
 * use them), its routes, and its intakes (answers, voices) around the command router ({@link AroundRouter}). Nothing runs until {@link #start}. Its table comes with {@link #MIGRATIONS}.
 */
public final class WebFrontDoor implements Feature {
    public static final String BUNDLE = "org.tresse.web.texts";
    public static final String MIGRATIONS = "classpath:db/migration/web";
    /** The web server's routes, contributed by the features (the pages here, the Telegram webhook…). */
    public static final Extension<WebRoutes> ROUTES = Extension.of("web route", WebRoutes.class);

    private final WebConnector connector;
    private final WebIntake intake;
    private final VoiceIntake voiceIntake;
    private final WebRoutes routes;
    private final Pages pages;
    private final WebOptions options;
    private final Site site;
    private WebServer server;

    /**
     * @param unsubscribe the one-click unsubscribe, or null when there is no email channel
     * @param channels    the channels {@code /sante} reports on
     * @param mailAnswers an email channel can carry answers to visitors who left an address
     */
    public WebFrontDoor(WebServices services, Site site, WebOptions options, I18n i18n, Unsubscribe unsubscribe,
            Supplier<List<String>> channels, boolean mailAnswers) {
        Assets assets = new Assets(site);
        this.site = assets.site();
        this.options = options;
        Secrets secrets = new Secrets();
        Cookies cookies = new Cookies(this.site.secure());
        this.pages = new Pages(this.site, new I18n(i18n.defaultLanguage(), List.of(BUNDLE, org.tresse.core.poll.Polls.BUNDLE,
                org.tresse.core.event.Events.BUNDLE, org.tresse.core.calendar.When.BUNDLE)), new Views(), new Csrf(secrets, cookies), cookies);
        Contacts contacts = new Contacts(services.clock());
        this.connector = new WebConnector(services.database(), services.outbox(), contacts, options.replyWait(), mailAnswers);
        this.intake = new WebIntake(services.polls());
        this.voiceIntake = new VoiceIntake(services.voices());
        Guard guard = new Guard(pages, new RateLimiter(options.formBurst(), options.formRefill(), 10_000, services.clock()),
                new RateLimiter(options.linkBurst(), options.linkRefill(), 10_000, services.clock()),
                new RateLimiter(2, java.time.Duration.ofMinutes(15), 10_000, services.clock()));
        HomePage home = new HomePage(pages, services.database(), services.polls(), services.decisions(), services.announcements(),
                services.groups());
        DecisionPages decisions = new DecisionPages(pages, services.database(), services.decisions(), services.groups());
        boolean emailChannel = mailAnswers;
        PollPages polls = new PollPages(pages, guard, connector, services.database(), services.polls(), services.groups(), home,
                emailChannel);
        VoicePage voices = new VoicePage(pages, guard, connector, services.database(), contacts);
        AnnouncementPages announcements = new AnnouncementPages(pages, services.database(), services.announcements(),
                services.decisions());
        BallotPages ballots = new BallotPages(pages, guard, connector, services.database(), services.polls(), services.links(),
                secrets, services.clock());
        HealthPage health = new HealthPage(services.database(), channels, services.leases(), services.clock());
        LegalPages legal = new LegalPages(pages);
        WebServices.Agenda agenda = services.agenda();
        CalendarFeeds feeds = new CalendarFeeds(pages, services.database(), agenda.calendar(), agenda.tokens(), agenda.people(),
                services.groups());
        EventPages events = new EventPages(pages, services.database(), agenda, services.groups(), services.clock());
        EventProposalPage proposals = new EventProposalPage(pages, guard, services.database(), agenda,
                new RateLimiter(options.proposalBurst(), options.proposalRefill(), 1, services.clock()), services.clock());
        RsvpPages answers = new RsvpPages(pages, guard, connector, services, events, secrets);
        this.routes = table -> {
            table.get("/evenements", events::list)
                    .get("/evenements/proposer", proposals::form)
                    .post("/evenements/proposer", proposals::send)
                    .get("/evenements/{n}", events::show)
                    .get("/evenements/{n}/reponse/{token}", answers::show)
                    .post("/evenements/{n}/reponse/{token}", answers::answer);
            table.get("/", home::show)
                    .get("/decisions", decisions::list)
                    .get("/decisions/{n}", decisions::show)
                    .get("/sondages/{n}", polls::show)
                    .post("/sondages/{n}/repondre", polls::answer)
                    .post("/sondages/{n}/par-email", polls::byEmail)
                    .get("/avis", voices::form)
                    .post("/avis", voices::send)
                    .get("/annonces", announcements::archive)
                    .get("/flux.atom", announcements::feed)
                    .get("/agenda.ics", feeds::all)
                    .get("/agenda/{file}", feeds::group)
                    .get("/integrer", home::embed)
                    .get("/vote/{token}", ballots::show)
                    .post("/vote/{token}", ballots::vote)
                    .get("/sante", health::show)
                    .get("/mentions-legales", legal::legal)
                    .get("/confidentialite", legal::privacy)
                    .get("/style.css", assets::style);
            assets.logo().ifPresent(logo -> table.get("/logo", request -> logo));
            if (unsubscribe != null) {
                UnsubscribePage page = new UnsubscribePage(pages, guard, unsubscribe);
                table.get("/desabonnement", page::show)
                        .post("/desabonnement", page::post)
                        .get("/desabonnement/{token}", page::show)
                        .post("/desabonnement/{token}", page::post);
            }
        };
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE).add(ROUTES, routes).add(AroundRouter.AROUND, intake::around)
                .add(AroundRouter.AROUND, voiceIntake::around);
    }

    /** The web channel: add it to the delivery and start it with the engine, like every connector. */
    public WebConnector connector() {
        return connector;
    }

    /** The front door's routes, for a server that carries others too (the Telegram webhook). */
    public WebRoutes routes() {
        return routes;
    }

    public Site site() {
        return site;
    }

    /** Starts a server with every route the features contributed: {@code start(installation.all(ROUTES))}. */
    public synchronized void start(List<WebRoutes> all) {
        Routes table = new Routes();
        all.forEach(table::with);
        server = new WebServer(options.server(), table, pages, new SecurityHeaders(site.embedFrom()));
        server.start();
    }

    public synchronized int port() {
        return server.port();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
