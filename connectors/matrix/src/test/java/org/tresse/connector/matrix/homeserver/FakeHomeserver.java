package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Matrix homeserver on loopback for tests, with the endpoints the connector uses. Every
 * request is checked against the specification ({@link SpecValidator}, {@link EventSchemas}):
 * a request that breaks it is answered {@code 400} and recorded in {@link #violations()}, which
 * each test asserts empty. Answers are shaped like the specification's examples and checked too.
 */
public final class FakeHomeserver implements AutoCloseable {
    public static final String BOT = "@tresse:example.org";
    public static final String PASSWORD = "correct horse battery staple";

    static {
        // the JDK server writes headers and body apart: without this, Nagle and delayed ACKs add 40 ms per answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final SpecValidator SPEC = new SpecValidator();
    private static final EventSchemas EVENTS = new EventSchemas();

    final Object lock = new Object();
    final RoomStream stream = new RoomStream();
    final ObjectMapper json = new ObjectMapper();
    private final SyncBuilder syncs = new SyncBuilder();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final Sends sends = new Sends();
    private final Uploads uploads = new Uploads();
    final Tokens tokens = new Tokens();
    private final Endpoints endpoints = new Endpoints(this);
    private int incrementalSyncs;
    private volatile boolean closed;
    private volatile boolean checking = true;

    public FakeHomeserver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what tests set up ----

    /** Stops checking what tests post and what the homeserver answers (requests are still checked): for load drivers. */
    public void stopCheckingAnswers() {
        checking = false;
    }

    boolean checking() {
        return checking;
    }

    /** A valid access token for the bot, as if an operator had created one. */
    public String issueToken() {
        return tokens.issue();
    }

    /** The homeserver forgets every token (as after a logout everywhere). */
    public void forgetTokens() {
        tokens.forgetAll();
    }

    /** A room whose listed users are joined (list the bot to have it joined). */
    public void room(String roomId, String... joined) {
        synchronized (lock) {
            for (String user : joined) {
                stream.append(roomId, stream.memberEvent(user, user, "join"), false);
            }
            lock.notifyAll();
        }
    }

    public void alias(String alias, String roomId) {
        synchronized (lock) {
            stream.room(roomId).alias = alias;
        }
    }

    /** {@code inviter} invites the bot to the room. */
    public void invite(String roomId, String inviter) {
        synchronized (lock) {
            stream.append(roomId, stream.memberEvent(inviter, BOT, "invite"), false);
            stream.room(roomId).botInvitedAt = stream.position();
            lock.notifyAll();
        }
    }

    /** {@code sender} writes a text message; returns its event id. */
    public String say(String roomId, String sender, String body) {
        ObjectNode content = json.createObjectNode().put("msgtype", "m.text").put("body", body);
        return post(roomId, sender, "m.room.message", content);
    }

    /** Posts a valid event (checked against its schema); returns its event id. */
    public String post(String roomId, String sender, String type, ObjectNode content) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type);
        event.put("sender", sender);
        event.set("content", content);
        synchronized (lock) {
            RoomStream.Entry entry = stream.append(roomId, event, false);
            List<String> problems = checking ? EVENTS.checkEvent(stream.withRoomId(entry)) : List.of();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the test posts an event the specification refuses: " + problems);
            }
            lock.notifyAll();
            return event.path("event_id").asText();
        }
    }

    /** Posts anything, unchecked: bad input from a broken client or server. */
    public void postRaw(String roomId, ObjectNode event) {
        synchronized (lock) {
            stream.append(roomId, event, true);
            lock.notifyAll();
        }
    }

    /** The room becomes end-to-end encrypted ({@code m.room.encryption} state, as in the spec's example). */
    public void encrypt(String roomId, String by) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "m.room.encryption").put("state_key", "").put("sender", by);
        event.putObject("content").put("algorithm", "m.megolm.v1.aes-sha2")
                .put("rotation_period_ms", 604800000).put("rotation_period_msgs", 100);
        synchronized (lock) {
            stream.append(roomId, event, false);
            lock.notifyAll();
        }
    }

    /** Runs {@code posts} as one step of the stream: a sync sees all of it or none. */
    public void atOnce(Runnable posts) {
        synchronized (lock) {
            posts.run();
        }
    }

    /** The next sends fail this way, one fault per send. */
    public void failSends(Fault... next) {
        synchronized (lock) {
            sends.fail(List.of(next));
        }
    }

    /** The files the bot uploaded, and the faults its next uploads get. */
    public Uploads uploads() {
        return uploads;
    }

    // ---- what tests inspect ----

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Events the bot sent (each once, whatever the retries). */
    public List<Sent> sent() {
        synchronized (lock) {
            return sends.sent();
        }
    }

    /** How many events the bot sent, without copying them. */
    public int sentCount() {
        synchronized (lock) {
            return sends.count();
        }
    }

    /** Every access token this homeserver ever gave: secrets that must never be logged. */
    public List<String> issuedTokens() {
        return tokens.issued();
    }

    public int logins() {
        return tokens.logins();
    }

    /** How many syncs with a {@code since} token were asked for: the connector is in its steady loop. */
    public int incrementalSyncs() {
        synchronized (lock) {
            return incrementalSyncs;
        }
    }

    public List<String> joined(String roomId) {
        synchronized (lock) {
            return stream.hasRoom(roomId) ? stream.room(roomId).joined() : List.of();
        }
    }

    // ---- used by the endpoints ----

    void violation(String text) {
        violations.add(text);
    }

    void record(Recorded request) {
        requests.add(request);
    }

    SpecValidator spec() {
        return SPEC;
    }

    EventSchemas events() {
        return EVENTS;
    }

    SyncBuilder.Result sync(Long since, JsonNode filter, long timeoutMillis) throws InterruptedException {
        synchronized (lock) {
            if (since != null) {
                incrementalSyncs++;
            }
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (since != null && stream.position() <= since && !closed) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                lock.wait(left);
            }
            return syncs.build(stream, BOT, since, filter);
        }
    }

    String resolveAlias(String alias) {
        synchronized (lock) {
            return stream.rooms().values().stream().filter(room -> alias.equals(room.alias)).map(room -> room.id).findFirst().orElse(null);
        }
    }

    void join(String roomId) {
        synchronized (lock) {
            stream.append(roomId, stream.memberEvent(BOT, BOT, "join"), false);
            lock.notifyAll();
        }
    }

    String createDirect(List<String> invited) {
        synchronized (lock) {
            String roomId = stream.createDirect(BOT, invited);
            lock.notifyAll();
            return roomId;
        }
    }

    /** Sends once per (device, room, type, txnId); the fault, if any, applies before or after storing. */
    Object send(String device, String roomId, String type, String txnId, ObjectNode content) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type).put("sender", BOT);
        event.set("content", content);
        synchronized (lock) {
            Object outcome = sends.send(stream, event, device, roomId, txnId);
            lock.notifyAll();
            return outcome;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            endpoints.handle(exchange);
        } catch (RuntimeException e) {
            violation("the test homeserver failed on " + exchange.getRequestURI().getRawPath() + ": " + e);
        }
    }


    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
