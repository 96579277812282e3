package org.tresse.core.message;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a message. Two kinds:
 * <ul>
 * <li>a small <b>text</b> beside the message for mail readers (an event's {@code .ics}, the minutes'
 * {@code .md}): kept in the outbox row, attached by email only; chat channels leave it out, the
 * message's text says what it holds ({@link #text(String, String, String)});</li>
 * <li>a <b>file</b> that is the point of the message (a report's PDF), up to {@link #MAX_FILE_BYTES}:
 * stored once in the outbox beside the rows that carry it, attached wherever the channel carries
 * files ({@code Ability.FILES}); elsewhere, or where the channel refuses it (too large), the message
 * says {@code instead} ({@link #file(String, String, byte[], String)}).</li>
 * </ul>
 *
 * @param mediaType its MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param text      a text attachment's content, sent as UTF-8; null for a file
 * @param bytes     a file's content; null while it waits in the outbox (read back just before delivery)
 * @param instead   for a file: the whole text of the message where the file cannot go (a link to it),
 *                  or null to keep the message's text and leave the file out
 */
public record Attachment(String fileName, String mediaType, String text, byte[] bytes, String instead) {
    /** The largest text attachment an outbox row carries. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The largest file the outbox carries (5 MiB: most mail servers take 10 after base64, chat servers more). */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!fileName.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new IllegalArgumentException("an attachment's name is 1 to 80 letters, digits, dots, dashes: " + fileName);
        }
        if (text != null && (bytes != null || instead != null)) {
            throw new IllegalArgumentException("a text attachment has no bytes and nothing instead: " + fileName);
        }
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment over " + MAX_BYTES + " bytes: " + fileName);
        }
        if (bytes != null && bytes.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("file over " + MAX_FILE_BYTES + " bytes: " + fileName);
        }
    }

    /** A text attachment (the name kept from when attachments were text only). */
    public Attachment(String fileName, String mediaType, String text) {
        this(fileName, mediaType, Objects.requireNonNull(text, "text"), null, null);
    }

    /** A small text beside the message, for mail readers. */
    public static Attachment text(String fileName, String mediaType, String text) {
        return new Attachment(fileName, mediaType, text);
    }

    /** A file, with the text said where it cannot go (null: the message's own text). */
    public static Attachment file(String fileName, String mediaType, byte[] bytes, String instead) {
        return new Attachment(fileName, mediaType, null, Objects.requireNonNull(bytes, "bytes").clone(), instead);
    }

    /** A file rather than a text beside the message. */
    public boolean binary() {
        return text == null;
    }

    /** What is sent: a file's bytes, or the text in UTF-8. */
    public byte[] content() {
        if (!binary()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes == null) {
            throw new IllegalStateException("the file " + fileName + " was not read back from the outbox");
        }
        return bytes.clone();
    }

    /** The same file without its bytes: as the outbox row keeps it. */
    public Attachment withoutBytes() {
        return new Attachment(fileName, mediaType, text, null, instead);
    }

    /** The same file with its bytes read back. */
    public Attachment withBytes(byte[] read) {
        return new Attachment(fileName, mediaType, text, read, instead);
    }

    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName) && mediaType.equals(that.mediaType)
                && Objects.equals(text, that.text) && Arrays.equals(bytes, that.bytes) && Objects.equals(instead, that.instead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, text, Arrays.hashCode(bytes), instead);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + (binary() ? (bytes == null ? "stored" : bytes.length + " bytes")
                : "text") + "]";
    }
}
