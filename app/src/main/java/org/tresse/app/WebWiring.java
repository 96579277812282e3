package org.tresse.app;

import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.web.LinkFeature;
import org.tresse.config.TresseConfig;
import org.tresse.config.WebSettings;
import org.tresse.connector.email.EmailConnector;
import org.tresse.connector.email.ReplyToken;
import org.tresse.connector.telegram.TelegramConnector;
import org.tresse.connector.telegram.TelegramWebhook;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Connector;
import org.tresse.core.feature.Feature;
import org.tresse.core.people.PersonalLinks;
import org.tresse.web.Site;
import org.tresse.web.SubscriptionUnsubscribe;
import org.tresse.web.Unsubscribe;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.WebOptions;
import org.tresse.web.WebServices;

/**
 * The web front door on the assembly's services: its pages and channel, {@code /lien}, the
 * one-click unsubscribe when there is an email channel, and the Telegram webhook when Telegram is
 * in webhook mode (one port for all). Its server starts after the channels and stops before them;
 * a port already taken leaves Tresse running without its pages (and without the webhook: Telegram
 * keeps the updates and sends them again).
 */
final class WebWiring {
    private static final Logger log = LoggerFactory.getLogger(WebWiring.class);
    /** Where the one-click unsubscribe link of an email points, under {@code web.public-url}. */
    static final String UNSUBSCRIBE_PATH = "/desabonnement";

    private final WebFrontDoor front;
    private final List<Feature> features;
    private final WebSettings settings;
    private final Optional<TelegramWebhook> webhook;
    private volatile boolean started;

    private WebWiring(WebFrontDoor front, List<Feature> features, WebSettings settings, Optional<TelegramWebhook> webhook) {
        this.front = front;
        this.features = features;
        this.settings = settings;
        this.webhook = webhook;
    }

    /** The front door and {@code /lien} (with {@code links}, shared with the email ballots), to install with the other features. */
    static WebWiring of(TresseConfig config, CoreServices core, Features features, List<Connector> connectors,
            PersonalLinks links) {
        WebServices services = new WebServices(core.database(), core.clock(), core.outbox(), core.groups(), features.polls(),
                features.decisions(), features.announcements(), links,
                new WebServices.Agenda(features.calendar(), features.feedTokens(), core.people(),
                        features.events(), features.rsvps(), features.proposals(),
                        () -> StoreWiring.ballotKey(config).subkey(WebServices.Agenda.PROPOSER_KEY)), core.leases(),
                features.voiceDesk());
        Optional<EmailConnector> email = connectors.stream().filter(EmailConnector.class::isInstance)
                .map(EmailConnector.class::cast).findFirst();
        Unsubscribe unsubscribe = email.map(connector -> (Unsubscribe) new SubscriptionUnsubscribe(core.database(),
                features.subscriptions(), token -> connector.tokens().find(token)
                        .filter(found -> found.kind() == ReplyToken.Kind.UNSUBSCRIBE).map(ReplyToken::address))).orElse(null);
        List<String> channels = Stream.concat(connectors.stream().map(Connector::channel),
                Stream.of("web")).toList();
        WebFrontDoor front = new WebFrontDoor(services, Site.from(config), WebOptions.from(config.web()), core.i18n(),
                unsubscribe, () -> channels, email.isPresent());
        Optional<TelegramWebhook> webhook = connectors.stream().filter(TelegramConnector.class::isInstance)
                .map(TelegramConnector.class::cast).flatMap(telegram -> telegram.webhook().stream()).findFirst();
        List<Feature> installed = new ArrayList<>(List.of(
                new LinkFeature(links, features.polls(), () -> baseUrl(config.web(), front)), front));
        webhook.ifPresent(endpoint -> installed.add(new TelegramWebhookRoute(endpoint)));
        return new WebWiring(front, List.copyOf(installed), config.web(), webhook);
    }

    /** {@code /lien}, the front door, and the Telegram webhook's route when there is one. */
    List<Feature> features() {
        return features;
    }

    /** The web channel, delivered to and started with the others. */
    Connector connector() {
        return front.connector();
    }

    /** Starts the server with every route the features contributed; false (logged) when it cannot listen. */
    boolean start(CoreServices core) {
        try {
            front.start(core.installation().all(WebFrontDoor.ROUTES));
            if (settings.publicUrl() != null) {
                log.info("Web pages reached by people at {}", settings.publicUrl());
            }
            webhook.ifPresent(endpoint -> log.info("Telegram's webhook received at http://{}:{}{}", settings.host(), front.port(),
                    endpoint.path()));
            started = true;
            return true;
        } catch (RuntimeException e) {
            Optional<TelegramWebhookRoute.PathTaken> clash = pathTaken(e);
            if (clash.isPresent()) {
                log.info("The web pages do not start: {}", clash.get().getMessage());
                System.err.println(clash.get().said());
            } else if (portTaken(e)) {
                log.warn("The web pages could not start: {}:{} is already in use. Tresse goes on without them; "
                        + "choose another port in tresse.yml (web: listen: 127.0.0.1:8081)", settings.host(), settings.port());
            } else {
                log.error("The web pages could not start on {}:{}; Tresse goes on without them", settings.host(),
                        settings.port(), e);
            }
            webhook.ifPresent(endpoint -> log.error("Telegram's webhook ({}) is not received either: Telegram keeps the "
                    + "updates and sends them again once the pages start", endpoint.path()));
            return false;
        }
    }

    private static Optional<TelegramWebhookRoute.PathTaken> pathTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TelegramWebhookRoute.PathTaken taken) {
                return Optional.of(taken);
            }
        }
        return Optional.empty();
    }

    private static boolean portTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port listened on, once the server started. */
    OptionalInt port() {
        return started ? OptionalInt.of(front.port()) : OptionalInt.empty();
    }

    void stop() {
        started = false;
        front.stop();
    }

    /** The address listened on, as a link on this machine (once started). */
    String localAddress() {
        return "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host()) + ":" + front.port();
    }

    /** Where people open the pages (once started). */
    String baseUrl() {
        return baseUrl(settings, front);
    }

    /** The address people reach the pages at: {@code web.public-url}, else the address listened on. */
    static String baseUrl(WebSettings settings, WebFrontDoor front) {
        if (settings.publicUrl() != null || settings.port() != 0) {
            return settings.baseUrl();
        }
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + front.port();
    }
}
