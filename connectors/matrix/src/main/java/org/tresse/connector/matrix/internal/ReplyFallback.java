package org.tresse.connector.matrix.internal;

/**
 * Removes the quote a Matrix client puts before a reply ({@code > <@ana:example.org> earlier
 * text}, then a blank line), so that a command written as a reply is read as a command.
 */
public final class ReplyFallback {
    private ReplyFallback() {}

    public static String strip(String body) {
        if (!body.startsWith(">")) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        int index = 0;
        while (index < lines.length && lines[index].startsWith(">")) {
            index++;
        }
        if (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(index, lines.length));
    }
}
