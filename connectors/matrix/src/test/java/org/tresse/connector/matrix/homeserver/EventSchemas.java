package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks event contents against the event schemas: the specification's own for
 * {@code m.room.message} (and its {@code m.text} / {@code m.notice} / {@code m.file} msgtypes, and
 * {@code m.relates_to}), the MSC3381 schemas written for these tests for polls. Also checks
 * whole events the test homeserver serves.
 */
public final class EventSchemas {
    private static final Set<String> POLL_TYPES = Set.of("org.matrix.msc3381.poll.start",
            "org.matrix.msc3381.poll.response", "org.matrix.msc3381.poll.end", "m.poll.response");
    private static final Set<String> MSGTYPES = Set.of("m.text", "m.notice", "m.file");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /** Problems of the content of an event of {@code type} sent by a client; empty when valid. */
    public List<String> checkContent(String type, JsonNode content) {
        if (POLL_TYPES.contains(type)) {
            return validate("classpath:msc3381/" + type + ".json", content, type);
        }
        if (!"m.room.message".equals(type)) {
            return List.of("the connector sent an event of type " + type + ", which Tresse never needs");
        }
        return checkMessage(content, true);
    }

    /** Problems of a whole event (as a homeserver serves it, with {@code room_id}). */
    public List<String> checkEvent(JsonNode event) {
        String type = event.path("type").asText();
        String file = switch (type) {
            case "m.room.message" -> messageSchema(event.path("content").path("msgtype").asText());
            case "m.room.member" -> "m.room.member.yaml";
            case "m.room.encryption" -> "m.room.encryption.yaml";
            default -> null;
        };
        if (file == null) {
            return POLL_TYPES.contains(type) ? validate("classpath:msc3381/" + type + ".json", event.path("content"), type) : List.of();
        }
        return validate(SpecValidator.SPEC + "event-schemas/schema/" + file, event, type);
    }

    private List<String> checkMessage(JsonNode content, boolean mayRelate) {
        List<String> problems = new ArrayList<>();
        String msgtype = content.path("msgtype").asText();
        if (!MSGTYPES.contains(msgtype)) {
            problems.add("msgtype " + msgtype + " is not one the connector sends");
        }
        ObjectNode event = json.createObjectNode();
        event.put("type", "m.room.message");
        event.put("event_id", "$checked:example.org");
        event.put("sender", "@tresse:example.org");
        event.put("room_id", "!checked:example.org");
        event.put("origin_server_ts", 1432735824653L);
        event.set("content", content);
        problems.addAll(validate(SpecValidator.SPEC + "event-schemas/schema/m.room.message.yaml", event, "m.room.message"));
        if (MSGTYPES.contains(msgtype)) {
            problems.addAll(validate(SpecValidator.SPEC + "event-schemas/schema/" + messageSchema(msgtype), event, msgtype));
        }
        if (content.has("format") != content.has("formatted_body")) {
            problems.add("format and formatted_body go together");
        }
        if (content.has("format") && !"org.matrix.custom.html".equals(content.path("format").asText())) {
            problems.add("the only format is org.matrix.custom.html");
        }
        JsonNode relation = content.get("m.relates_to");
        if (relation != null) {
            if (!mayRelate) {
                problems.add("m.new_content must not carry m.relates_to");
            }
            if (relation.has("rel_type")) {
                problems.addAll(validate(SpecValidator.SPEC + "api/client-server/definitions/m.relates_to.yaml", relation, "m.relates_to"));
            } else if (!relation.path("m.in_reply_to").path("event_id").asText().startsWith("$")) {
                problems.add("m.relates_to without rel_type must be a reply with m.in_reply_to.event_id");
            }
        }
        JsonNode replacement = content.get("m.new_content");
        if (replacement != null) {
            if (relation == null || !"m.replace".equals(relation.path("rel_type").asText())) {
                problems.add("m.new_content needs an m.replace relation");
            }
            problems.addAll(checkMessage(replacement, false));
        }
        return problems;
    }

    private static String messageSchema(String msgtype) {
        return MSGTYPES.contains(msgtype) ? "m.room.message$" + msgtype + ".yaml" : "m.room.message.yaml";
    }

    private List<String> validate(String location, JsonNode value, String what) {
        Schema schema = schemas.computeIfAbsent(location, key -> registry.getSchema(SchemaLocation.of(key)));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(value)) {
            problems.add(what + ": " + error);
        }
        return problems;
    }
}
