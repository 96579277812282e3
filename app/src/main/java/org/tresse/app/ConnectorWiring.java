package org.tresse.app;

import java.util.ArrayList;
import java.util.List;
import org.tresse.config.TresseConfig;
import org.tresse.connector.console.ConsoleConnector;
import org.tresse.connector.email.EmailConnector;
import org.tresse.connector.matrix.MatrixConnector;
import org.tresse.connector.telegram.TelegramConnector;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Connector;
import org.tresse.core.i18n.Language;
import org.tresse.web.WebFrontDoor;

/** Which connectors run, from the configuration: one explicit line per channel. */
final class ConnectorWiring {
    private ConnectorWiring() {}

    /**
     * The migration locations of every channel, configured or not (the core's are always
     * applied): enabling a channel later needs no schema step.
     */
    static List<String> migrations(TresseConfig config) {
        return List.of(TelegramConnector.MIGRATIONS, MatrixConnector.MIGRATIONS, EmailConnector.MIGRATIONS, WebFrontDoor.MIGRATIONS);
    }

    /** The association's language: the connectors' own words where a message does not say its language. */
    private static Language language(TresseConfig config) {
        return Language.parse(config.association().language().code()).orElse(Language.FR);
    }

    static List<Connector> connectors(TresseConfig config, CoreServices core, ConsoleIo console, Runnable onConsoleEnd) {
        List<Connector> connectors = new ArrayList<>();
        if (config.channels().consoleEnabled()) {
            connectors.add(new ConsoleConnector(console.input(), console.output(), console.firstSpeaker(),
                    console.interactive(), core.delivery()::awaitIdle, onConsoleEnd, language(config)));
        }
        if (config.channels().telegram() != null) {
            connectors.add(TelegramConnector.create(config.channels().telegram(), core.database(), core.clock()));
        }
        if (config.channels().matrix() != null) {
            connectors.add(MatrixConnector.fromSettings(config.channels().matrix(), core.database()));
        }
        if (config.channels().email() != null) {
            String unsubscribe = config.web().enabled() && config.web().oneClickUnsubscribe()
                    ? config.web().publicUrl() + WebWiring.UNSUBSCRIBE_PATH : null;
            connectors.add(EmailConnector.create(config.channels().email(), config.association().name(), unsubscribe,
                    language(config), core.database(), core.clock()));
        }
        return connectors;
    }
}
