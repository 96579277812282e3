package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Careful reads of JSON from the homeserver: a missing or wrongly typed field is empty, never an exception. */
public final class Json {
    private Json() {}

    /** The field's text if it is a JSON string. */
    public static Optional<String> text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The field if it is a JSON object. */
    public static Optional<JsonNode> object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? Optional.of(value) : Optional.empty();
    }

    /** The field if it is a JSON array. */
    public static Optional<JsonNode> array(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? Optional.of(value) : Optional.empty();
    }

    /** The field if it is an integral number. */
    public static Optional<Long> integer(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? Optional.of(value.asLong()) : Optional.empty();
    }

    /** The string items of an array, skipping anything else. */
    public static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> {
                if (item.isTextual()) {
                    result.add(item.asText());
                }
            });
        }
        return result;
    }

    /** The object items of an array, skipping anything else. */
    public static List<JsonNode> objects(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> {
                if (item.isObject()) {
                    result.add(item);
                }
            });
        }
        return result;
    }

    /** A text cut for a log line. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
