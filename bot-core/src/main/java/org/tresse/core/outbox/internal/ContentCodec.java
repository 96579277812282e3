package org.tresse.core.outbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tresse.core.message.Content;
import org.tresse.core.store.StorageException;

/** Outbox content as JSON. */
public final class ContentCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContentCodec() {}

    public static String write(Content content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode outbound content", e);
        }
    }

    public static Content read(String json) {
        try {
            return MAPPER.readValue(json, Content.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot decode outbound content", e);
        }
    }
}
