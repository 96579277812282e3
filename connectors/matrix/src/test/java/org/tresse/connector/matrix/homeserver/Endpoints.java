package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** The endpoints of the test homeserver: checks each request against the specification, then answers it. */
final class Endpoints {
    private final FakeHomeserver server;

    Endpoints(FakeHomeserver server) {
        this.server = server;
    }

    /** One request being answered. */
    private record Call(HttpExchange exchange, SpecValidator.Operation operation, String path,
            Map<String, List<String>> query, JsonNode body, String device) {
        String pathParameter(String name) {
            Matcher matcher = operation.pattern().matcher(path);
            matcher.matches();
            return SpecValidator.decode(matcher.group(operation.pathNames().indexOf(name) + 1));
        }

        String query(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.get(0);
        }
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean media = rawPath.startsWith("/_matrix/media/");
        JsonNode body = null;
        if (bytes.length > 0 && !media) {
            try {
                body = server.json.readTree(bytes);
            } catch (IOException e) {
                server.violation(method + " " + rawPath + ": the body is not JSON");
                error(exchange, 400, "M_NOT_JSON", "Content not JSON.");
                return;
            }
        }
        server.record(new Recorded(method, rawPath, query, body, authorization));
        String path = rawPath.startsWith("/_matrix/client/v3/") ? rawPath.substring("/_matrix/client/v3".length())
                : "/_matrix/client/versions".equals(rawPath) ? "/versions" : media ? rawPath.substring("/_matrix".length()) : null;
        SpecValidator.Operation operation = path == null ? null : server.spec().find(method, path).orElse(null);
        if (operation == null) {
            server.violation(method + " " + rawPath + ": no such endpoint in the client-server API");
            error(exchange, 404, "M_UNRECOGNIZED", "Unrecognized request");
            return;
        }
        List<String> problems = new ArrayList<>(server.spec().checkRequest(operation, path, query, body));
        if (query.containsKey("access_token")) {
            problems.add("the access token must travel in the Authorization header, not in the URL");
        }
        problems.addAll(filterProblems(operation, query));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> server.violation(method + " " + rawPath + ": " + problem));
            error(exchange, 400, "M_BAD_JSON", "The request breaks the specification");
            return;
        }
        String device = null;
        if (requiresToken(operation)) {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                error(exchange, 401, "M_MISSING_TOKEN", "Missing access token");
                return;
            }
            device = server.tokens.device(authorization.substring("Bearer ".length()));
            if (device == null) {
                answer(exchange, operation, 401, server.json.createObjectNode().put("errcode", "M_UNKNOWN_TOKEN")
                        .put("error", "Invalid access token passed.").put("soft_logout", false), false);
                return;
            }
        }
        if (media) {
            upload(new Call(exchange, operation, path, query, null, device), exchange.getRequestHeaders().getFirst("Content-Type"), bytes);
            return;
        }
        route(new Call(exchange, operation, path, query, body, device));
    }

    /** {@code POST /_matrix/media/v3/upload?filename=…}: the raw bytes, typed by their Content-Type header. */
    private void upload(Call call, String contentType, byte[] bytes) throws IOException {
        String id = call.operation().node().path("operationId").asText();
        if (!"uploadContent".equals(id)) {
            server.violation(call.operation().method() + " " + call.path() + ": " + id + " is not an endpoint the connector needs");
            error(call.exchange(), 404, "M_UNRECOGNIZED", "Unrecognized request");
            return;
        }
        if (contentType == null || call.query("filename") == null || bytes.length == 0) {
            // the spec makes both optional, but without them the room shows a nameless octet-stream
            server.violation("POST " + call.path() + ": an upload without its Content-Type, its filename or its bytes");
        }
        Object outcome = server.uploads().receive(contentType, call.query("filename"), bytes);
        if (outcome instanceof Fault fault) {
            error(call.exchange(), fault.status(), fault.errcode(), "Injected by the test");
            return;
        }
        ok(call, server.json.createObjectNode().put("content_uri", (String) outcome));
    }

    private void route(Call call) throws IOException {
        String id = call.operation().node().path("operationId").asText();
        switch (id) {
            case "getVersions" -> {
                ObjectNode versions = server.json.createObjectNode();
                versions.putArray("versions").add("r0.6.1").add("v1.1").add("v1.6").add("v1.11");
                versions.putObject("unstable_features").put("org.matrix.msc3381", true);
                ok(call, versions);
            }
            case "login" -> login(call);
            case "getTokenOwner" -> ok(call, server.json.createObjectNode().put("user_id", FakeHomeserver.BOT)
                    .put("device_id", call.device()).put("is_guest", false));
            case "sync" -> sync(call);
            case "getRoomEvents" -> messages(call);
            case "sendMessage" -> send(call);
            case "createRoom" -> {
                List<String> invited = new ArrayList<>();
                call.body().path("invite").forEach(user -> invited.add(user.asText()));
                ok(call, server.json.createObjectNode().put("room_id", server.createDirect(invited)));
            }
            case "joinRoom", "joinRoomById" -> join(call, id.equals("joinRoom") ? call.pathParameter("roomIdOrAlias") : call.pathParameter("roomId"));
            case "getRoomIdByAlias" -> {
                String roomId = server.resolveAlias(call.pathParameter("roomAlias"));
                if (roomId == null) {
                    error(call.exchange(), 404, "M_NOT_FOUND", "Room alias not found.");
                } else {
                    ObjectNode answer = server.json.createObjectNode().put("room_id", roomId);
                    answer.putArray("servers").add("example.org");
                    ok(call, answer);
                }
            }
            case "getJoinedMembersByRoom" -> joinedMembers(call);
            default -> {
                server.violation(call.operation().method() + " " + call.path() + ": " + id + " is not an endpoint the connector needs");
                error(call.exchange(), 404, "M_UNRECOGNIZED", "Unrecognized request");
            }
        }
    }

    private void login(Call call) throws IOException {
        JsonNode body = call.body();
        String user = body.path("identifier").path("user").asText();
        boolean passwordLogin = "m.login.password".equals(body.path("type").asText())
                && "m.id.user".equals(body.path("identifier").path("type").asText());
        if (!passwordLogin || !(FakeHomeserver.BOT.equals(user) || "tresse".equals(user))
                || !FakeHomeserver.PASSWORD.equals(body.path("password").asText())) {
            error(call.exchange(), 403, "M_FORBIDDEN", "Invalid username or password");
            return;
        }
        Tokens.Login login = server.tokens.login(body.path("device_id").isTextual() ? body.path("device_id").asText() : null);
        ok(call, server.json.createObjectNode().put("user_id", FakeHomeserver.BOT)
                .put("access_token", login.token()).put("device_id", login.device()));
    }

    private void sync(Call call) throws IOException {
        String since = call.query("since");
        String filterText = call.query("filter");
        JsonNode filter = filterText == null ? null : server.json.readTree(filterText);
        long timeout = call.query("timeout") == null ? 0 : Math.min(Long.parseLong(call.query("timeout")), 30_000);
        SyncBuilder.Result result;
        try {
            result = server.sync(since == null ? null : token(since), filter, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        answer(call.exchange(), call.operation(), 200, result.body(), !result.raw());
    }

    private void messages(Call call) throws IOException {
        if (!"b".equals(call.query("dir"))) {
            server.violation("/messages: the connector pages backwards only");
        }
        String filterText = call.query("filter");
        JsonNode filter = filterText == null ? null : server.json.readTree(filterText);
        int limit = call.query("limit") == null ? 10 : Integer.parseInt(call.query("limit"));
        List<RoomStream.Entry> served = new ArrayList<>();
        ObjectNode answer;
        synchronized (server.lock) {
            long from = call.query("from") == null ? server.stream.position() : token(call.query("from"));
            Long to = call.query("to") == null ? null : token(call.query("to"));
            answer = server.stream.messagesBackwards(call.pathParameter("roomId"), from, to, limit, RoomStream.TypeFilter.of(filter), served);
        }
        answer(call.exchange(), call.operation(), 200, answer, served.stream().noneMatch(RoomStream.Entry::raw));
    }

    private void send(Call call) throws IOException {
        String roomId = call.pathParameter("roomId");
        String type = call.pathParameter("eventType");
        List<String> problems = server.events().checkContent(type, call.body());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> server.violation("PUT " + call.path() + ": " + problem));
            error(call.exchange(), 400, "M_BAD_JSON", "The event breaks the specification");
            return;
        }
        if (!server.joined(roomId).contains(FakeHomeserver.BOT)) {
            error(call.exchange(), 403, "M_FORBIDDEN", "User " + FakeHomeserver.BOT + " not in room " + roomId);
            return;
        }
        Object outcome = server.send(call.device(), roomId, type, call.pathParameter("txnId"), (ObjectNode) call.body());
        if (outcome instanceof Fault fault) {
            ObjectNode error = server.json.createObjectNode().put("errcode", fault.errcode()).put("error", "Injected by the test");
            if (fault.retryAfterMillis() != null) {
                error.put("retry_after_ms", fault.retryAfterMillis());
            }
            send(call.exchange(), fault.status(), error);
            return;
        }
        ok(call, server.json.createObjectNode().put("event_id", (String) outcome));
    }

    private void join(Call call, String roomIdOrAlias) throws IOException {
        String roomId = roomIdOrAlias.startsWith("#") ? server.resolveAlias(roomIdOrAlias) : roomIdOrAlias;
        if (roomId == null) {
            error(call.exchange(), 404, "M_NOT_FOUND", "No known servers");
            return;
        }
        server.join(roomId);
        ok(call, server.json.createObjectNode().put("room_id", roomId));
    }

    private void joinedMembers(Call call) throws IOException {
        String roomId = call.pathParameter("roomId");
        List<String> joined = server.joined(roomId);
        if (!joined.contains(FakeHomeserver.BOT)) {
            error(call.exchange(), 403, "M_FORBIDDEN", "You aren't a member of the room.");
            return;
        }
        ObjectNode answer = server.json.createObjectNode();
        ObjectNode members = answer.putObject("joined");
        joined.forEach(user -> members.putObject(user).put("display_name", RoomStream.displayName(user))
                .put("avatar_url", "mxc://example.org/SEsfnsuifSDFSSEF"));
        ok(call, answer);
    }

    /** The sync and messages filters are JSON inside a query parameter: checked against their schemas. */
    private List<String> filterProblems(SpecValidator.Operation operation, Map<String, List<String>> query) throws IOException {
        List<String> filter = query.get("filter");
        String id = operation.node().path("operationId").asText();
        if (filter == null || !(id.equals("sync") || id.equals("getRoomEvents"))) {
            return List.of();
        }
        if (!filter.get(0).startsWith("{")) {
            return List.of("the connector sends its filter inline");
        }
        String schema = id.equals("sync") ? "api/client-server/definitions/sync_filter.yaml" : "api/client-server/definitions/room_event_filter.yaml";
        return server.spec().checkDocument(schema, server.json.readTree(filter.get(0)), "filter");
    }

    private static boolean requiresToken(SpecValidator.Operation operation) {
        JsonNode security = operation.node().path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode option : security) {
            if (option.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static long token(String token) {
        if (!token.matches("s\\d+")) {
            throw new IllegalArgumentException("not a token of this homeserver: " + token);
        }
        return Long.parseLong(token.substring(1));
    }

    private void ok(Call call, ObjectNode body) throws IOException {
        answer(call.exchange(), call.operation(), 200, body, true);
    }

    private void answer(HttpExchange exchange, SpecValidator.Operation operation, int status, ObjectNode body, boolean check)
            throws IOException {
        if (check && server.checking()) {
            server.spec().checkResponse(operation, status, body)
                    .forEach(problem -> server.violation("the test homeserver's own answer breaks the spec: " + problem));
        }
        send(exchange, status, body);
    }

    private void error(HttpExchange exchange, int status, String errcode, String text) throws IOException {
        send(exchange, status, server.json.createObjectNode().put("errcode", errcode).put("error", text));
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = server.json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = SpecValidator.decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : SpecValidator.decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
