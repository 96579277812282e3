package org.tresse.core.voice.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tresse.core.i18n.Texts;
import org.tresse.core.export.Csv;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.export.Json;
import org.tresse.core.export.MarkdownText;
import org.tresse.core.export.Times;
import org.tresse.core.voice.VoiceAnswer;
import org.tresse.core.voice.VoiceExport;

/** The export formats of the voices: a spreadsheet's columns and words in the association's language, times local. */
public final class ExportWriters {
    private ExportWriters() {}

    /** The voices as a spreadsheet's table ({@code sondage}: the consultation a voice answers), one per line. */
    public static void csv(VoiceExport.Contents contents, Texts texts, ExportFormat format, Writer out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (VoiceExport.Row row : contents.rows()) {
            rows.add(Arrays.asList(row.voice().id(), row.voice().createdOn().toString(), row.voice().status().word(texts),
                    String.join(" ", row.voice().tags().stream().map(tag -> "#" + tag).toList()),
                    texts.get(row.voice().anonymous() ? "export.oui" : "export.non"), row.author().orElse(""),
                    row.channel().orElse(""), row.answers().size(), row.voice().pollId().orElse(null), row.voice().text()));
        }
        Csv.table(out, format, Csv.header(texts.get("export.avis.colonnes")), rows);
    }

    /** How many voices per status, a table of its own. */
    public static void statusCounts(VoiceExport.Contents contents, Texts texts, ExportFormat format, Writer out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        contents.statusCounts().forEach((status, count) -> rows.add(List.of(status.word(texts), count)));
        Csv.table(out, format, Csv.header(texts.get("export.avis.statuts.colonnes")), rows);
    }

    /** How many voices per theme, a table of its own. */
    public static void tagCounts(VoiceExport.Contents contents, Texts texts, ExportFormat format, Writer out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        contents.tagCounts().forEach((tag, count) -> rows.add(List.of("#" + tag, count)));
        Csv.table(out, format, Csv.header(texts.get("export.avis.themes.colonnes")), rows);
    }

    /** A Markdown document in the association's language; every text from people is escaped so that it shows as typed. */
    public static void markdown(VoiceExport.Contents contents, Texts texts, Instant exportedAt, ZoneId zone, Writer out)
            throws IOException {
        out.write("# " + texts.get("export.avis.md.titre") + "\n\n");
        out.write(texts.get("export.avis.md.export", Times.local(exportedAt, zone), contents.rows().size()) + "\n\n");
        List<List<Object>> statuses = new ArrayList<>();
        contents.statusCounts().forEach((status, count) -> statuses.add(List.of(status.word(texts), count)));
        out.write("## " + texts.get("export.avis.md.par.statut") + "\n\n"
                + MarkdownText.table(Csv.header(texts.get("export.avis.md.statuts.colonnes")), statuses));
        List<List<Object>> tags = new ArrayList<>();
        contents.tagCounts().forEach((tag, count) -> tags.add(List.of("#" + tag, count)));
        out.write("\n## " + texts.get("export.avis.md.par.theme") + "\n\n"
                + MarkdownText.table(Csv.header(texts.get("export.avis.md.themes.colonnes")), tags));
        out.write("\n## " + texts.get("export.avis.md.avis") + "\n");
        for (VoiceExport.Row row : contents.rows()) {
            out.write("\n### " + texts.get("export.avis.md.numero", row.voice().id(), row.voice().createdOn(), row.voice().status().word(texts))
                    + "\n\n");
            if (!row.voice().tags().isEmpty()) {
                out.write(texts.get("export.avis.md.themes",
                        MarkdownText.inline(String.join(" ", row.voice().tags().stream().map(tag -> "#" + tag).toList()))) + "\n\n");
            }
            if (row.voice().pollId().isPresent()) {
                out.write(texts.get("export.avis.md.consultation", row.voice().pollId().get()) + "\n\n");
            }
            if (row.voice().anonymous()) {
                out.write(texts.get("export.avis.md.anonyme") + "\n\n");
            } else {
                out.write(texts.get("export.avis.md.de", MarkdownText.inline(row.author().orElse("?")), MarkdownText.inline(row.channel().orElse("?")))
                        + "\n\n");
            }
            out.write(MarkdownText.quote(row.voice().text()) + "\n");
            for (VoiceAnswer answer : row.answers()) {
                out.write("\n" + texts.get("export.avis.md.reponse", MarkdownText.inline(answer.authorName()), Times.local(answer.createdAt(), zone))
                        + "\n\n" + MarkdownText.quote(answer.text()) + "\n");
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
