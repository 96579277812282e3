package org.tresse.connector.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot API server on loopback speaking Telegram's JSON: {@code getUpdates} with offsets and long
 * polling, {@code sendMessage}, {@code sendPoll}, {@code editMessageText}, {@code stopPoll},
 * {@code answerCallbackQuery}, {@code getMe}, {@code deleteWebhook}. Any answer can be scripted
 * (a 429, a 403, malformed JSON...). Updates are kept until an offset above them is asked,
 * as Telegram does.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456789:AAFakeSecretTokenValue-xyz_0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final String token;
    private final TreeMap<Long, String> pending = new TreeMap<>();
    private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
    private final List<Failing> failing = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final List<Long> offsetsAsked = new CopyOnWriteArrayList<>();
    private final AtomicLong messageIds = new AtomicLong(500);
    private final AtomicLong pollIds = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger polling = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostPolling = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long longPollCapMillis = 300;
    private long highestConfirmed = -1;

    private FakeBotApi(String token) throws IOException {
        // the JDK server writes headers and body apart: without TCP_NODELAY each answer waits for
        // the client's delayed ACK (about 40 ms), which would make the loopback server the bottleneck
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeBotApi start() throws IOException {
        return new FakeBotApi(TOKEN);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The longest a getUpdates waits for updates, whatever timeout was asked. */
    public void longPollCap(long millis) {
        this.longPollCapMillis = millis;
    }

    /** Adds an update (JSON with its update_id). */
    public synchronized void addUpdate(String json) {
        try {
            long id = JSON.readTree(json).path("update_id").asLong();
            pending.put(id, json);
            notifyAll();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Adds updates at once: the next getUpdates answers them together (a batch), up to its limit. */
    public synchronized void addUpdates(String... json) {
        for (String update : json) {
            addUpdate(update);
        }
    }

    /** The next call of {@code method} answers this instead. */
    public synchronized void respondOnce(String method, int status, String body) {
        scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), key -> new ArrayDeque<>()).add(new Scripted(status, body));
    }

    /** Every call of {@code method} whose request body matches {@code which} answers {@code status} with an error, until the end. */
    public void failAlways(String method, java.util.function.Predicate<JsonNode> which, int status, String description) {
        failing.add(new Failing(method, which, new Scripted(status, error(status, description))));
    }

    public static String error(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The files received in multipart forms (sendDocument), in order. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public List<Long> offsetsAsked() {
        return List.copyOf(offsetsAsked);
    }

    /** The highest update id confirmed by an offset above it, or -1. */
    public synchronized long highestConfirmed() {
        return highestConfirmed;
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, error(404, "Not Found"));
                return;
            }
            String method = path.substring(prefix.length());
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body;
            if (FakeForm.isForm(type)) {
                FakeForm form = FakeForm.parse(type, requestBody);
                body = form.fields();
                form.files().forEach(file -> uploads.add(new Upload(method, file)));
            } else {
                body = requestBody.length == 0 ? JSON.createObjectNode() : JSON.readTree(requestBody);
            }
            calls.add(new Call(method, body, java.time.Instant.now()));
            Scripted script = failing.stream().filter(rule -> rule.method().equalsIgnoreCase(method) && rule.which().test(body))
                    .map(Failing::answer).findFirst().orElseGet(() -> nextScripted(method));
            if (script != null) {
                respond(exchange, script.status(), script.body());
                return;
            }
            respond(exchange, 200, answer(method.toLowerCase(Locale.ROOT), body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            respond(exchange, 500, error(500, "Internal Server Error"));
        }
    }

    private synchronized Scripted nextScripted(String method) {
        Deque<Scripted> queue = scripted.get(method.toLowerCase(Locale.ROOT));
        return queue == null ? null : queue.poll();
    }

    private String answer(String method, JsonNode body) throws InterruptedException {
        switch (method) {
            case "getupdates":
                return "{\"ok\":true,\"result\":" + updates(body) + "}";
            case "getme":
                return "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Tresse\",\"username\":\"TresseBot\"}}";
            case "sendmessage":
            case "senddocument":
            case "editmessagetext":
                return "{\"ok\":true,\"result\":" + message(body, false) + "}";
            case "sendpoll":
                return "{\"ok\":true,\"result\":" + message(body, true) + "}";
            default:
                return "{\"ok\":true,\"result\":true}";
        }
    }

    /** The most {@code getUpdates} calls ever waiting at once: two consumers of one bot would make it 2. */
    public int mostConcurrentGetUpdates() {
        return mostPolling.get();
    }

    private String updates(JsonNode body) throws InterruptedException {
        int now = polling.incrementAndGet();
        mostPolling.accumulateAndGet(now, Math::max);
        try {
            return waitForUpdates(body);
        } finally {
            polling.decrementAndGet();
        }
    }

    private synchronized String waitForUpdates(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        long timeoutMillis = Math.min(body.path("timeout").asLong(0) * 1000, longPollCapMillis);
        offsetsAsked.add(offset);
        if (offset > 0) {
            pending.headMap(offset).clear();
            highestConfirmed = Math.max(highestConfirmed, offset - 1);
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        List<String> batch = new ArrayList<>();
        for (String update : pending.values()) {
            if (batch.size() >= limit) {
                break;
            }
            batch.add(update);
        }
        return "[" + String.join(",", batch) + "]";
    }

    private String message(JsonNode body, boolean poll) {
        ObjectNode message = JSON.createObjectNode();
        long messageId = body.hasNonNull("message_id") ? body.get("message_id").asLong() : messageIds.incrementAndGet();
        message.put("message_id", messageId);
        message.put("date", 1709370000);
        ObjectNode chat = message.putObject("chat");
        long chatId = body.path("chat_id").asLong();
        chat.put("id", chatId);
        chat.put("type", chatId > 0 ? "private" : "supergroup");
        if (poll) {
            ObjectNode pollNode = message.putObject("poll");
            pollNode.put("id", "5" + pollIds.incrementAndGet() + "00000000000000001");
            pollNode.put("question", body.path("question").asText());
            pollNode.set("options", body.path("options"));
            pollNode.put("is_anonymous", body.path("is_anonymous").asBoolean(true));
        } else {
            message.put("text", body.path("text").asText());
        }
        return message.toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A request the server received. */
    /** A call as received, with when it arrived. */
    public record Call(String method, JsonNode body, java.time.Instant at) {}

    /** A file received with a call. */
    public record Upload(String method, FakeForm.File file) {}

    private record Scripted(int status, String body) {}

    private record Failing(String method, java.util.function.Predicate<JsonNode> which, Scripted answer) {}
}
