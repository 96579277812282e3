package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tresse.connector.matrix.MatrixException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client of the Matrix client-server API ({@code v3}) on {@link HttpClient} and Jackson:
 * only the calls Tresse needs. Ids in paths are URL-encoded; the access token travels in the
 * {@code Authorization} header only, and is never logged.
 */
public final class MatrixClient {
    private static final Logger log = LoggerFactory.getLogger(MatrixClient.class);
    private static final String V3 = "/_matrix/client/v3";
    private static final String MEDIA = "/_matrix/media/v3";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A few MiB over a slow uplink. */
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http;
    private final URI homeserver;
    private final ObjectMapper json;
    private volatile String accessToken;

    public MatrixClient(HttpClient http, URI homeserver, ObjectMapper json) {
        this.http = http;
        this.homeserver = homeserver;
        this.json = json;
    }

    /** A login's outcome. */
    public record Login(String userId, String accessToken, String deviceId) {
        @Override
        public String toString() {
            return "Login[userId=" + userId + ", deviceId=" + deviceId + "]";
        }
    }

    public void useAccessToken(String token) {
        this.accessToken = token;
    }

    public boolean hasAccessToken() {
        return accessToken != null;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The spec versions the homeserver supports, e.g. {@code v1.11}. */
    public List<String> versions() throws IOException, InterruptedException {
        JsonNode answer = call("GET", "/_matrix/client/versions", "", null, REQUEST_TIMEOUT, false);
        return Json.strings(answer.path("versions"));
    }

    /** Logs in with a password ({@code m.login.password}, identifier {@code m.id.user}). */
    public Login login(String userId, String password, String deviceId) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("type", "m.login.password");
        body.putObject("identifier").put("type", "m.id.user").put("user", userId);
        body.put("password", password);
        if (deviceId != null) {
            body.put("device_id", deviceId);
        }
        body.put("initial_device_display_name", "Tresse");
        JsonNode answer = call("POST", V3 + "/login", "", body, REQUEST_TIMEOUT, false);
        String token = Json.text(answer, "access_token").orElseThrow(() -> malformed("/login", "access_token"));
        return new Login(Json.text(answer, "user_id").orElse(userId), token, Json.text(answer, "device_id").orElse(deviceId));
    }

    /** The user the access token belongs to. */
    public String whoami() throws IOException, InterruptedException {
        JsonNode answer = call("GET", V3 + "/account/whoami", "", null, REQUEST_TIMEOUT, true);
        return Json.text(answer, "user_id").orElseThrow(() -> malformed("/account/whoami", "user_id"));
    }

    /** One long poll: waits up to {@code timeout} for events after {@code since} (null for the first sync). */
    public JsonNode sync(String since, String filter, Duration timeout) throws IOException, InterruptedException {
        Query query = new Query().add("filter", filter).add("timeout", String.valueOf(timeout.toMillis()));
        if (since != null) {
            query.add("since", since);
        }
        return call("GET", V3 + "/sync", query.toString(), null, timeout.plus(REQUEST_TIMEOUT), true);
    }

    /** Events of a room backwards from {@code from} down to {@code to} (may be null), newest first. */
    public JsonNode messagesBackwards(String roomId, String from, String to, int limit, String filter)
            throws IOException, InterruptedException {
        Query query = new Query().add("from", from).add("dir", "b").add("limit", String.valueOf(limit)).add("filter", filter);
        if (to != null) {
            query.add("to", to);
        }
        return call("GET", V3 + "/rooms/" + Query.encode(roomId) + "/messages", query.toString(), null, REQUEST_TIMEOUT, true);
    }

    /** Joins a room by id or alias; returns its id. */
    public String join(String roomIdOrAlias) throws IOException, InterruptedException {
        JsonNode answer = call("POST", V3 + "/join/" + Query.encode(roomIdOrAlias), "", json.createObjectNode(), REQUEST_TIMEOUT, true);
        return Json.text(answer, "room_id").orElseThrow(() -> malformed("/join", "room_id"));
    }

    /** Sends a message event; the same {@code txnId} twice gives the same event (the server dedupes). */
    public String send(String roomId, String eventType, String txnId, ObjectNode content) throws IOException, InterruptedException {
        String path = V3 + "/rooms/" + Query.encode(roomId) + "/send/" + Query.encode(eventType) + "/" + Query.encode(txnId);
        JsonNode answer = call("PUT", path, "", content, REQUEST_TIMEOUT, true);
        return Json.text(answer, "event_id").orElseThrow(() -> malformed("/send", "event_id"));
    }

    /** Uploads a file to the content repository; returns its {@code mxc://} URI. */
    public String upload(String contentType, String fileName, byte[] bytes) throws IOException, InterruptedException {
        JsonNode answer = exchange("POST", MEDIA + "/upload", "filename=" + Query.encode(fileName), contentType,
                HttpRequest.BodyPublishers.ofByteArray(bytes), UPLOAD_TIMEOUT, true);
        return Json.text(answer, "content_uri").filter(uri -> uri.startsWith("mxc://"))
                .orElseThrow(() -> malformed("/upload", "content_uri"));
    }

    /** Opens a private room with {@code userId} invited; returns its id. */
    public String createDirectRoom(String userId) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("is_direct", true);
        body.put("preset", "trusted_private_chat");
        body.putArray("invite").add(userId);
        JsonNode answer = call("POST", V3 + "/createRoom", "", body, REQUEST_TIMEOUT, true);
        return Json.text(answer, "room_id").orElseThrow(() -> malformed("/createRoom", "room_id"));
    }

    /** The room id an alias ({@code #cafe:example.org}) points to. */
    public String resolveAlias(String alias) throws IOException, InterruptedException {
        JsonNode answer = call("GET", V3 + "/directory/room/" + Query.encode(alias), "", null, REQUEST_TIMEOUT, true);
        return Json.text(answer, "room_id").orElseThrow(() -> malformed("/directory/room", "room_id"));
    }

    /** The users joined to the room, the bot included, with their display names (the id when they have none). */
    public Map<String, String> joinedMembers(String roomId) throws IOException, InterruptedException {
        JsonNode answer = call("GET", V3 + "/rooms/" + Query.encode(roomId) + "/joined_members", "", null, REQUEST_TIMEOUT, true);
        JsonNode joined = answer.path("joined");
        if (!joined.isObject()) {
            throw malformed("/joined_members", "joined");
        }
        Map<String, String> members = new LinkedHashMap<>();
        joined.fields().forEachRemaining(member ->
                members.put(member.getKey(), Json.text(member.getValue(), "display_name").orElse(member.getKey())));
        return members;
    }

    private JsonNode call(String method, String path, String query, JsonNode body, Duration timeout, boolean authenticated)
            throws IOException, InterruptedException {
        return body == null ? exchange(method, path, query, null, HttpRequest.BodyPublishers.noBody(), timeout, authenticated)
                : exchange(method, path, query, "application/json", HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)),
                        timeout, authenticated);
    }

    private JsonNode exchange(String method, String path, String query, String contentType, HttpRequest.BodyPublisher body,
            Duration timeout, boolean authenticated) throws IOException, InterruptedException {
        URI uri = URI.create(homeserver + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (authenticated) {
            String token = accessToken;
            if (token == null) {
                throw new MatrixException(401, MatrixException.MISSING_TOKEN, method + " " + path + ": not logged in", null);
            }
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        log.debug("{} {} -> {}", method, path, response.statusCode());
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw failure(method, path, response, answer);
        }
        if (answer == null || !answer.isObject()) {
            throw new MatrixException(response.statusCode(), "", method + " " + path + ": the answer is not a JSON object", null);
        }
        return answer;
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static MatrixException failure(String method, String path, HttpResponse<byte[]> response, JsonNode answer) {
        int status = response.statusCode();
        String errcode = answer == null ? "" : Json.text(answer, "errcode").orElse("");
        String error = answer == null ? "" : Json.text(answer, "error").orElse("");
        Duration retryAfter = null;
        if (status == 429 || MatrixException.LIMIT_EXCEEDED.equals(errcode)) {
            retryAfter = RetryAfter.of(answer, response.headers());
        }
        String message = method + " " + path + " answered " + status + (errcode.isEmpty() ? "" : " " + errcode)
                + (error.isEmpty() ? "" : ": " + Json.shorten(error, 200));
        return new MatrixException(status, errcode, message, retryAfter);
    }

    private static MatrixException malformed(String endpoint, String field) {
        return new MatrixException(200, "", endpoint + ": the answer has no " + field, null);
    }
}
