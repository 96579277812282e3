package org.tresse.connector.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as a server reads it (RFC 7578): its text fields as a JSON object,
 * its files apart. Strict: a part without a name, a body without its closing boundary, are refused.
 */
record FakeForm(ObjectNode fields, List<FakeForm.File> files) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** A file part: the field it came in, its name and type, its bytes. */
    record File(String field, String fileName, String contentType, byte[] bytes) {}

    static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static FakeForm parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("no boundary in " + contentType);
        }
        // ISO-8859-1 keeps one char per byte: positions in the text are positions in the bytes
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        if (!text.startsWith(delimiter + "\r\n") || !text.endsWith(delimiter + "--\r\n")) {
            throw new IllegalArgumentException("not a complete multipart body");
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        List<File> files = new ArrayList<>();
        int start = delimiter.length() + 2;
        while (true) {
            int end = text.indexOf("\r\n" + delimiter, start);
            String part = text.substring(start, end);
            int headersEnd = part.indexOf("\r\n\r\n");
            String headers = part.substring(0, headersEnd);
            byte[] content = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
            Matcher name = NAME.matcher(headers);
            if (!headers.startsWith("Content-Disposition: form-data;") || !name.find()) {
                throw new IllegalArgumentException("a part without its form-data name: " + headers);
            }
            Matcher fileName = FILE_NAME.matcher(headers);
            if (fileName.find()) {
                String type = headers.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                        .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse("application/octet-stream");
                files.add(new File(name.group(1), fileName.group(1), type, content));
            } else {
                fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
            }
            start = end + 2 + delimiter.length();
            if (text.startsWith("--", start)) {
                return new FakeForm(fields, List.copyOf(files));
            }
            start += 2;
        }
    }
}
