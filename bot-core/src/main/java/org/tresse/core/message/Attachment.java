package org.tresse.core.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A small text file sent with a message where the channel can attach files (an event's {@code .ics}
 * by email); channels that cannot leave it out, the text says what it holds.
 *
 * @param mediaType its MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param text      its content, sent as UTF-8
 */
public record Attachment(String fileName, String mediaType, String text) {
    /** The largest attachment an outbox row carries. */
    public static final int MAX_BYTES = 256 * 1024;

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        if (!fileName.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new IllegalArgumentException("an attachment's name is 1 to 80 letters, digits, dots, dashes: " + fileName);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment over " + MAX_BYTES + " bytes: " + fileName);
        }
    }
}
