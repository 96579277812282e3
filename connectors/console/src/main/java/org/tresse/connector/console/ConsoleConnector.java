package org.tresse.connector.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Failures;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;

/**
 * A terminal channel: try everything locally, with no account anywhere. Each line typed is a
 * message from the current local person ({@code ana> }); {@code :as bob} switches speaker;
 * {@code :aide} explains. Works from a pipe too: at the end of input it waits for the pending
 * replies, then calls {@code onEndOfInput}.
 */
public final class ConsoleConnector implements Connector {
    public static final String CHANNEL = "console";
    /** The console's own words: French, English beside. */
    public static final String BUNDLE = "org.tresse.connector.console.texts";
    private static final Logger log = LoggerFactory.getLogger(ConsoleConnector.class);
    private static final Duration REPLY_WAIT = Duration.ofSeconds(10);
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(60);

    private final InputStream input;
    private final PrintStream output;
    private final boolean interactive;
    private final IdleAwaiter idleAwaiter;
    private final Runnable onEndOfInput;
    private final Texts texts;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong lines = new AtomicLong();
    private volatile String speaker;
    private volatile boolean running;
    private Thread reader;

    /**
     * @param firstSpeaker who speaks until {@code :as} says otherwise
     * @param interactive  print a prompt (a terminal), or not (a pipe)
     */
    public ConsoleConnector(InputStream input, PrintStream output, String firstSpeaker, boolean interactive,
                            IdleAwaiter idleAwaiter, Runnable onEndOfInput) {
        this(input, output, firstSpeaker, interactive, idleAwaiter, onEndOfInput, Language.FR);
    }

    /** As above; the console's own words in {@code language}, the association's. */
    public ConsoleConnector(InputStream input, PrintStream output, String firstSpeaker, boolean interactive,
                            IdleAwaiter idleAwaiter, Runnable onEndOfInput, Language language) {
        this.texts = new I18n(Language.FR, List.of(BUNDLE)).texts(language);
        this.input = input;
        this.output = output;
        this.speaker = firstSpeaker;
        this.interactive = interactive;
        this.idleAwaiter = idleAwaiter;
        this.onEndOfInput = onEndOfInput;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.plainText();
    }

    @Override
    public synchronized void start(InboundSink sink) {
        running = true;
        reader = new Thread(() -> readLoop(sink), "tresse-console");
        reader.setDaemon(true);
        reader.start();
        log.info("Console ready; speaking as {}", speaker);
    }

    private void readLoop(InboundSink sink) {
        // said from a pipe too: what a terminal shows, a file of commands shows the same
        output.println(texts.get("console.bienvenue"));
        try (BufferedReader lineReader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            prompt();
            String line;
            while (running && (line = lineReader.readLine()) != null) {
                if (isQuit(line)) {
                    break;
                }
                try {
                    handleLine(sink, line);
                } catch (Throwable failure) {
                    // one line, whatever it threw, never stops the console from reading the next
                    log.error("A console line could not be handled: {}", Failures.summary(failure), Failures.traceOf(failure));
                    output.println(texts.get("console.erreur"));
                }
                prompt();
            }
        } catch (IOException e) {
            log.warn("Reading the console failed", e);
        }
        if (running) {
            idleAwaiter.awaitIdle(CHANNEL, DRAIN_WAIT);
            onEndOfInput.run();
        }
    }

    private void handleLine(InboundSink sink, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.startsWith(":")) {
            localCommand(trimmed);
            return;
        }
        String eventId = session + "-" + lines.incrementAndGet();
        Inbound inbound = Inbound.text(CHANNEL, eventId, speaker, RoomKind.PRIVATE, new Identity(CHANNEL, speaker), line);
        sink.receive(inbound);
        idleAwaiter.awaitIdle(CHANNEL, REPLY_WAIT);
    }

    private void localCommand(String line) {
        String[] words = line.substring(1).strip().split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        if ((name.equals("as") || name.equals("en")) && words.length == 2 && words[1].matches("[\\p{L}\\p{N}._-]{1,40}")) {
            speaker = words[1];
            // French elides before a vowel: "en tant qu’ana", "en tant que bob"
            output.println(texts.get(speaker.matches("(?i)^[aeiouyàâéèêëîïôûü].*") ? "console.parle.voyelle" : "console.parle", speaker));
        } else if (name.equals("as") || name.equals("en")) {
            output.println(texts.get("console.nom.invalide"));
        } else {
            output.println(texts.get("console.aide", speaker));
        }
    }

    /** {@code :quitter}, {@code :quit}, {@code :q}: like Ctrl-D. */
    private static boolean isQuit(String line) {
        return line.strip().matches("(?i):(quitter|quit|q|sortir|exit)");
    }

    private void prompt() {
        if (interactive) {
            output.print(speaker + "> ");
            output.flush();
        }
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        Destination destination = outbound.destination();
        String to = destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId();
        String text = PlainText.render(outbound.content().text());
        synchronized (output) {
            output.println("[tresse → " + to + "] " + text.replaceAll("\n(?=.)", "\n  "));
            output.flush();
        }
        return new DeliveryResult.Sent("console-" + outbound.id());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (reader != null) {
            reader.interrupt();
            reader = null;
        }
    }
}
