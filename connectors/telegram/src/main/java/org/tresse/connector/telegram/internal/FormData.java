package org.tresse.connector.telegram.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578): text fields, then one file with its name and type,
 * as the Bot API takes {@code sendDocument}. Field values are UTF-8; the file name is Tresse's own
 * (letters, digits, dots, dashes), so it needs no escaping.
 */
public final class FormData {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileField;
    private String fileName;
    private String mediaType;
    private byte[] file;

    public FormData() {
        byte[] token = new byte[12];
        RANDOM.nextBytes(token);
        this.boundary = "tresse-" + HexFormat.of().formatHex(token);
    }

    public FormData field(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    public FormData file(String name, String fileName, String mediaType, byte[] bytes) {
        this.fileField = name;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.file = bytes;
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((file == null ? 0 : file.length) + 1024);
        fields.forEach((name, value) -> {
            // as curl -F writes them: no type of their own, the Bot API reads them as UTF-8
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(out, value);
            write(out, "\r\n");
        });
        if (file != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
            out.writeBytes(file);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
