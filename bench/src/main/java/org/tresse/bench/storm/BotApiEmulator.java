package org.tresse.bench.storm;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback Bot API server of the Telegram connector's tests ({@code FakeBotApi}), cut to what a
 * vote storm needs: {@code getUpdates} with offsets and long polling (updates kept until an offset
 * above them is asked), {@code sendMessage}, {@code sendPoll}, {@code editMessageText}, {@code getMe}
 * and {@code true} for the rest, in Telegram's JSON. It counts the replies threaded on the messages it
 * handed out, and notes when the first {@code getUpdates} came (the bot is ready).
 */
final class BotApiEmulator implements AutoCloseable {
    static final String TOKEN = "123456789:AAFakeSecretTokenValue-xyz_0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final TreeMap<Long, String> pending = new TreeMap<>();
    private final Map<String, AtomicLong> callsByMethod = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(500_000);
    private final AtomicLong replies = new AtomicLong();
    private final List<String> groupMessages = new ArrayList<>();
    private volatile long firstGetUpdatesNanos;
    private volatile long lastReplyNanos;
    private long highestConfirmed = -1;

    BotApiEmulator() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void addUpdate(long updateId, String json) {
        pending.put(updateId, json);
        notifyAll();
    }

    /** Replies so far: threaded on a message (reply_to_message_id or reply_parameters), or sent in private. */
    long replies() {
        return replies.get();
    }

    long lastReplyNanos() {
        return lastReplyNanos;
    }

    long firstGetUpdatesNanos() {
        return firstGetUpdatesNanos;
    }

    synchronized long highestConfirmed() {
        return highestConfirmed;
    }

    synchronized List<String> groupMessages() {
        return List.copyOf(groupMessages);
    }

    Map<String, Long> calls() {
        Map<String, Long> copy = new TreeMap<>();
        callsByMethod.forEach((method, count) -> copy.put(method, count.get()));
        return copy;
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
            String prefix = "/bot" + TOKEN + "/";
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path.substring(prefix.length());
            callsByMethod.computeIfAbsent(method, key -> new AtomicLong()).incrementAndGet();
            JsonNode body = requestBody.length == 0 ? JSON.createObjectNode() : JSON.readTree(requestBody);
            respond(exchange, 200, "{\"ok\":true,\"result\":" + answer(method.toLowerCase(java.util.Locale.ROOT), body) + "}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            respond(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        }
    }

    private String answer(String method, JsonNode body) throws InterruptedException {
        switch (method) {
            case "getupdates":
                return updates(body);
            case "getme":
                return "{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Tresse\",\"username\":\"TresseBot\"}";
            case "sendmessage":
                noteSent(body);
                return message(body, false);
            case "editmessagetext":
                return message(body, false);
            case "sendpoll":
                noteSent(body);
                return message(body, true);
            default:
                return "true";
        }
    }

    private void noteSent(JsonNode body) {
        // an answer threaded on a message, or sent to the person in private (Tresse answers a group vote so)
        boolean reply = body.hasNonNull("reply_to_message_id") || body.path("reply_parameters").hasNonNull("message_id")
                || body.path("chat_id").asLong() > 0;
        if (reply) {
            replies.incrementAndGet();
            lastReplyNanos = System.nanoTime();
        } else if (body.path("chat_id").asLong() < 0) {
            synchronized (this) {
                groupMessages.add(body.path("text").asText(body.path("question").asText()));
            }
        }
    }

    private synchronized String updates(JsonNode body) throws InterruptedException {
        if (firstGetUpdatesNanos == 0) {
            firstGetUpdatesNanos = System.nanoTime();
        }
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        long timeoutMillis = Math.min(body.path("timeout").asLong(0) * 1000, 1000);
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
            pollNode.put("id", "5" + messageId + "00000000000000001");
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
}
