package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Markup;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;

/**
 * The content of an {@code m.room.message} for a Tresse message: a plain {@code body} and its
 * {@code org.matrix.custom.html} rendering; a rich reply ({@code m.in_reply_to}) when it
 * answers an event; an edit ({@code m.replace} with {@code m.new_content}) when it replaces one; a file
 * ({@code m.file}) sent with it.
 */
public final class MessageContent {
    static final String HTML = "org.matrix.custom.html";

    private MessageContent() {}

    public static ObjectNode of(ObjectMapper json, Content content) {
        Document document = Markup.parse(content.text());
        String body = PlainText.render(document);
        String html = HtmlRenderer.render(document);
        ObjectNode message = text(json, body, html);
        if (content.edits() != null) {
            ObjectNode edit = text(json, "* " + body, "* " + html);
            edit.set("m.new_content", message);
            edit.putObject("m.relates_to").put("rel_type", "m.replace").put("event_id", content.edits());
            return edit;
        }
        if (content.replyTo() != null) {
            message.putObject("m.relates_to").putObject("m.in_reply_to").put("event_id", content.replyTo());
        }
        return message;
    }

    /** An {@code m.file} event for a file uploaded at {@code uri}: its name as body (no caption), its type and size. */
    public static ObjectNode file(ObjectMapper json, Attachment file, String uri, int size) {
        ObjectNode message = json.createObjectNode();
        message.put("msgtype", "m.file");
        message.put("body", file.fileName());
        message.put("filename", file.fileName());
        message.put("url", uri);
        message.putObject("info").put("mimetype", file.mediaType()).put("size", size);
        return message;
    }

    /** The plain text of a message, for fallbacks. */
    public static String plain(Content content) {
        return PlainText.render(content.text());
    }

    private static ObjectNode text(ObjectMapper json, String body, String html) {
        ObjectNode message = json.createObjectNode();
        message.put("msgtype", "m.text");
        message.put("body", body);
        message.put("format", HTML);
        message.put("formatted_body", html);
        return message;
    }
}
