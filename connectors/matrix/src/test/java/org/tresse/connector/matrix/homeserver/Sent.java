package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;

/** An event the bot sent, once (a retry with the same transaction id is not a second one). */
public record Sent(String roomId, String type, String txnId, JsonNode content, String eventId) {
    public String body() {
        return content.path("body").asText(content.path("org.matrix.msc1767.text").asText());
    }
}
