package org.tresse.connector.email.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of a mail: text/plain preferred, HTML converted otherwise; attachments and
 * forwarded messages are never read; at most {@link #MAX_TEXT_BYTES} bytes of a part are read;
 * an unknown charset falls back to UTF-8, then Windows-1252.
 */
public final class MailBody {
    /** The most bytes read from one text part: beyond it the text is cut. */
    public static final int MAX_TEXT_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MailBody.class);
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 50;

    private MailBody() {}

    /** The person's text, not yet cleaned of quotes; empty if the mail has none. */
    public static String textOf(Part message) throws MessagingException {
        Optional<Part> part = find(message, 0);
        if (part.isEmpty()) {
            return "";
        }
        String text = read(part.get());
        return part.get().isMimeType("text/html") ? HtmlText.toText(text) : text;
    }

    private static Optional<Part> find(Part part, int depth) throws MessagingException {
        if (depth > MAX_DEPTH || isAttachment(part)) {
            return Optional.empty();
        }
        if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            return Optional.of(part);
        }
        if (!part.isMimeType("multipart/*")) {
            return Optional.empty();
        }
        Optional<Multipart> multipart = multipartOf(part);
        if (multipart.isEmpty()) {
            return Optional.empty();
        }
        boolean alternative = part.isMimeType("multipart/alternative");
        Part html = null;
        int count = Math.min(multipart.get().getCount(), MAX_PARTS);
        for (int index = 0; index < count; index++) {
            Optional<Part> found = find(multipart.get().getBodyPart(index), depth + 1);
            if (found.isEmpty()) {
                continue;
            }
            if (found.get().isMimeType("text/plain") || !alternative) {
                return found;
            }
            if (html == null) {
                html = found.get();
            }
        }
        return Optional.ofNullable(html);
    }

    /** The parts of a multipart, or empty if it can't be parsed. */
    public static Optional<Multipart> multipartOf(Part part) {
        try {
            Object content = part.getContent();
            return content instanceof Multipart multipart ? Optional.of(multipart) : Optional.empty();
        } catch (IOException | MessagingException | RuntimeException e) {
            log.debug("A multipart could not be parsed: {}", e.toString());
            return Optional.empty();
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        String disposition = part.getDisposition();
        return Part.ATTACHMENT.equalsIgnoreCase(disposition);
    }

    /** The text of a part, decoded with its charset or a fallback; cut after {@link #MAX_TEXT_BYTES}. */
    public static String read(Part part) throws MessagingException {
        byte[] bytes = bytesOf(part, MAX_TEXT_BYTES);
        return decode(bytes, charsetOf(part));
    }

    /** Up to {@code limit} bytes of a part's content, transfer encoding undone where possible. */
    public static byte[] bytesOf(Part part, int limit) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            return readUpTo(in, limit);
        } catch (IOException | MessagingException e) {
            if (e instanceof jakarta.mail.FolderClosedException || e instanceof jakarta.mail.StoreClosedException) {
                throw (MessagingException) e;
            }
            if (part instanceof MimePart mime) {
                log.debug("Reading a part failed ({}); reading it raw", e.toString());
                try (InputStream raw = rawStream(mime)) {
                    return readUpTo(raw, limit);
                } catch (IOException second) {
                    return new byte[0];
                }
            }
            return new byte[0];
        }
    }

    private static InputStream rawStream(MimePart part) throws MessagingException {
        if (part instanceof jakarta.mail.internet.MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof jakarta.mail.internet.MimeMessage message) {
            return message.getRawInputStream();
        }
        return InputStream.nullInputStream();
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }

    private static Optional<Charset> charsetOf(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(Charset.forName(name.strip().replace("\"", "")));
        } catch (MessagingException | IllegalArgumentException e) {
            log.debug("Unknown charset in a mail ({}); guessing", e.toString());
            return Optional.empty();
        }
    }

    /** Decodes with the declared charset; without one, UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes, Optional<Charset> declared) {
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
