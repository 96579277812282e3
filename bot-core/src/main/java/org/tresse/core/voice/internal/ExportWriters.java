package org.tresse.core.voice.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tresse.core.i18n.Texts;
import org.tresse.core.export.Csv;
import org.tresse.core.export.Json;
import org.tresse.core.export.MarkdownText;
import org.tresse.core.voice.VoiceAnswer;
import org.tresse.core.voice.VoiceExport;
import org.tresse.core.voice.VoiceStatus;

/** The three export formats of the voices. Column names and statuses are in French, the association's language. */
public final class ExportWriters {
    private ExportWriters() {}

    /** RFC 4180 CSV ({@code sondage}: the consultation a voice answers), the voices then the counts per status and per tag, separated by blank lines. */
    public static void csv(VoiceExport.Contents contents, Texts texts, Writer out) throws IOException {
        out.write("numero,date,statut,themes,anonyme,auteur,canal,reponses,sondage,texte\r\n");
        for (VoiceExport.Row row : contents.rows()) {
            out.write(String.join(",",
                    String.valueOf(row.voice().id()),
                    row.voice().createdOn().toString(),
                    row.voice().status().word(texts),
                    Csv.cell(String.join(" ", row.voice().tags().stream().map(tag -> "#" + tag).toList())),
                    row.voice().anonymous() ? "oui" : "non",
                    Csv.cell(row.author().orElse("")),
                    Csv.cell(row.channel().orElse("")),
                    String.valueOf(row.answers().size()),
                    row.voice().pollId().map(String::valueOf).orElse(""),
                    Csv.cell(row.voice().text())));
            out.write("\r\n");
        }
        out.write("\r\nstatut,nombre\r\n");
        for (Map.Entry<VoiceStatus, Long> count : contents.statusCounts().entrySet()) {
            out.write(count.getKey().word(texts) + "," + count.getValue() + "\r\n");
        }
        out.write("\r\ntheme,nombre\r\n");
        for (Map.Entry<String, Long> count : contents.tagCounts().entrySet()) {
            out.write(Csv.cell("#" + count.getKey()) + "," + count.getValue() + "\r\n");
        }
    }

    /** A Markdown document; every text from people is escaped so that it shows as typed. */
    public static void markdown(VoiceExport.Contents contents, Texts texts, Instant exportedAt, Writer out) throws IOException {
        out.write("# Avis des habitants\n\n");
        out.write("Export du " + exportedAt + " : " + contents.rows().size() + " avis.\n\n");
        out.write("## Par statut\n\n| statut | nombre |\n|---|---|\n");
        for (Map.Entry<VoiceStatus, Long> count : contents.statusCounts().entrySet()) {
            out.write("| " + count.getKey().word(texts) + " | " + count.getValue() + " |\n");
        }
        out.write("\n## Par thème\n\n| thème | nombre |\n|---|---|\n");
        for (Map.Entry<String, Long> count : contents.tagCounts().entrySet()) {
            out.write("| " + MarkdownText.cell("#" + count.getKey()) + " | " + count.getValue() + " |\n");
        }
        out.write("\n## Avis\n");
        for (VoiceExport.Row row : contents.rows()) {
            out.write("\n### n°" + row.voice().id() + " — " + row.voice().createdOn() + " — " + row.voice().status().word(texts) + "\n\n");
            if (!row.voice().tags().isEmpty()) {
                out.write("Thèmes : " + MarkdownText.inline(String.join(" ", row.voice().tags().stream().map(tag -> "#" + tag).toList()))
                        + "\n\n");
            }
            if (row.voice().pollId().isPresent()) {
                out.write("Réponse à la consultation n°" + row.voice().pollId().get() + "\n\n");
            }
            if (row.voice().anonymous()) {
                out.write("Anonyme\n\n");
            } else {
                out.write("De : " + MarkdownText.inline(row.author().orElse("?")) + " (" + MarkdownText.inline(row.channel().orElse("?"))
                        + ")\n\n");
            }
            out.write(MarkdownText.quote(row.voice().text()) + "\n");
            for (VoiceAnswer answer : row.answers()) {
                out.write("\nRéponse de " + MarkdownText.inline(answer.authorName()) + " (" + answer.createdAt() + ") :\n\n"
                        + MarkdownText.quote(answer.text()) + "\n");
            }
        }
    }

    /** JSON: {@code counts} then {@code voices}; anonymous voices have no author nor channel key. */
    public static void json(VoiceExport.Contents contents, Texts texts, Instant exportedAt, Writer out) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("exportedAt", exportedAt.toString());
        ObjectNode counts = root.putObject("counts");
        ObjectNode statuses = counts.putObject("status");
        contents.statusCounts().forEach((status, count) -> statuses.put(status.word(texts), count));
        ObjectNode tags = counts.putObject("tags");
        contents.tagCounts().forEach(tags::put);
        ArrayNode voices = root.putArray("voices");
        for (VoiceExport.Row row : contents.rows()) {
            ObjectNode voice = voices.addObject();
            voice.put("number", row.voice().id());
            voice.put("date", row.voice().createdOn().toString());
            voice.put("status", row.voice().status().word(texts));
            ArrayNode tagList = voice.putArray("tags");
            row.voice().tags().forEach(tagList::add);
            voice.put("anonymous", row.voice().anonymous());
            row.author().ifPresent(author -> voice.put("author", author));
            row.channel().ifPresent(channel -> voice.put("channel", channel));
            row.voice().pollId().ifPresent(poll -> voice.put("poll", poll));
            voice.put("text", row.voice().text());
            ArrayNode answers = voice.putArray("answers");
            for (VoiceAnswer answer : row.answers()) {
                answers.addObject().put("by", answer.authorName()).put("at", answer.createdAt().toString()).put("text", answer.text());
            }
        }
        Json.write(out, root);
    }
}
