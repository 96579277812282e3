package org.tresse.core.voice;

import org.tresse.core.decision.ExportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.internal.ExportWriters;

/**
 * {@code tresse export voix --format csv|md|json}: every voice with its tags, status and answers,
 * then how many per status and per tag. An anonymous voice carries no sender data at all.
 *
 * <pre>{@code new VoiceExport(database, clock, zone).write(ExportFormat.parse("csv").orElseThrow(), writer);}</pre>
 */
public final class VoiceExport {
    /** One exported voice: author and channel are empty for an anonymous voice. */
    public record Row(Voice voice, Optional<String> author, Optional<String> channel, List<VoiceAnswer> answers) {}

    /** What an export holds. */
    public record Contents(List<Row> rows, Map<VoiceStatus, Long> statusCounts, Map<String, Long> tagCounts) {}

    private final Database database;
    private final Clock clock;
    private final Voices voices;

    public VoiceExport(Database database, Clock clock, ZoneId zone) {
        this.database = database;
        this.clock = clock;
        this.voices = new Voices(clock, zone);
    }

    /** Reads everything in one transaction. */
    public Contents contents() {
        return database.inTransaction(this::contents);
    }

    private Contents contents(Handle handle) {
        Map<Long, String> names = new LinkedHashMap<>();
        handle.list("select distinct p.id, p.display_name from person p join voice v on v.person_id = p.id",
                row -> names.put(row.getLong(1), row.getString(2)));
        Map<Long, List<VoiceAnswer>> answers = new LinkedHashMap<>();
        handle.list("select a.*, p.display_name from voice_answer a join person p on p.id = a.author_id order by a.id",
                row -> answers.computeIfAbsent(row.getLong("voice_id"), any -> new ArrayList<>()).add(new VoiceAnswer(
                        row.getLong("id"), row.getLong("voice_id"), row.getLong("author_id"), row.getString("display_name"),
                        row.getString("text"), Handle.instant(row, "created_at"))));
        List<Row> rows = new ArrayList<>();
        for (Voice voice : voices.all(handle)) {
            Optional<String> author = voice.anonymous() ? Optional.empty() : voice.personId().map(names::get);
            Optional<String> channel = voice.anonymous() ? Optional.empty() : voice.source().map(VoiceSource::channel);
            rows.add(new Row(voice, author, channel, answers.getOrDefault(voice.id(), List.of())));
        }
        return new Contents(rows, voices.statusCounts(handle), voices.tagCounts(handle));
    }

    /** Writes the export in {@code format} to {@code out} (not closed). */
    public void write(ExportFormat format, Writer out) throws IOException {
        Contents contents = contents();
        switch (format) {
            case CSV:
                ExportWriters.csv(contents, out);
                break;
            case MD:
                ExportWriters.markdown(contents, clock.instant(), out);
                break;
            case JSON:
                ExportWriters.json(contents, clock.instant(), out);
                break;
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
        out.flush();
    }

    /** The export as a string. */
    public String render(ExportFormat format) {
        StringWriter out = new StringWriter();
        try {
            write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
