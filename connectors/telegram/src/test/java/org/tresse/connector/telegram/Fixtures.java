package org.tresse.connector.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Update fixtures in the shapes of Telegram's documentation, under {@code src/test/resources/updates}. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static JsonNode node(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/updates/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as JSON text, with {@code update_id} set to {@code updateId}. */
    public static String update(String name, long updateId) {
        ObjectNode node = (ObjectNode) node(name);
        node.put("update_id", updateId);
        return node.toString();
    }

    /** A private text message from user {@code userId}. */
    public static String privateText(long updateId, long userId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000 + 1)
                + ",\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"User\",\"last_name\":\"" + userId + "\"},"
                + "\"chat\":{\"id\":" + userId + ",\"first_name\":\"User\",\"type\":\"private\"},\"date\":1709370000,"
                + "\"text\":" + JSON.valueToTree(text) + "}}";
    }
}
