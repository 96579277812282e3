package org.tresse.connector.telegram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook mode: Telegram posts each update to a local HTTP endpoint (behind the https reverse
 * proxy of the public URL). A request must carry the secret token in
 * {@code X-Telegram-Bot-Api-Secret-Token}. The answer is 200 only once the update is committed;
 * a failure answers 500 and Telegram sends the update again (the engine drops a repeat).
 */
public final class WebhookReceiver {
    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final UpdateHandler handler;
    private final BotApi api;
    private final String path;
    private final byte[] secret;
    private HttpServer server;
    private ExecutorService thread;
    private volatile boolean refusedOnce;

    public WebhookReceiver(UpdateHandler handler, BotApi api, String path, String secret) {
        this.handler = handler;
        this.api = api;
        this.path = path;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Listens on {@code port} (0 for any); returns the port bound. */
    public synchronized int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "tresse-telegram-webhook"));
        server.setExecutor(thread);
        server.createContext(path, this::serve);
        server.start();
        int bound = server.getAddress().getPort();
        log.info("Telegram webhook listening on port {} at {}", bound, path);
        return bound;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            thread.shutdownNow();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405);
                return;
            }
            if (!exchange.getRequestURI().getPath().equals(path)) {
                answer(exchange, 404);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                refused(exchange);
                answer(exchange, 401);
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
            if (body == null) {
                log.warn("Telegram webhook: a request over {} bytes was refused", MAX_BODY);
                answer(exchange, 413);
                return;
            }
            JsonNode update;
            try {
                update = api.json().readTree(body);
            } catch (IOException e) {
                log.warn("Telegram webhook: malformed JSON refused: {}", api.redactor().describe(e));
                answer(exchange, 400);
                return;
            }
            long updateId = update == null ? -1 : update.path("update_id").asLong(-1);
            if (updateId < 0) {
                log.warn("Telegram webhook: an update without update_id was refused");
                answer(exchange, 400);
                return;
            }
            try {
                handler.handle(update, updateId);
            } catch (RuntimeException | Error e) {
                log.error("Telegram update {} could not be stored; Telegram will send it again: {}",
                        updateId, api.redactor().describe(e));
                answer(exchange, 500);
                return;
            }
            answer(exchange, 200);
        }
    }

    private void refused(HttpExchange exchange) {
        String from = exchange.getRemoteAddress() == null ? "?" : exchange.getRemoteAddress().getAddress().getHostAddress();
        if (!refusedOnce) {
            refusedOnce = true;
            log.warn("Telegram webhook: a request from {} without the right secret token was refused "
                    + "(further refusals are logged at debug level)", from);
        } else {
            log.debug("Telegram webhook: request from {} refused: wrong secret token", from);
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
