package org.tresse.core.voice;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.export.Export;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.internal.ExportWriters;

/**
 * {@code tresse export voix --format csv|md|json} (or {@code avis}): every voice with its tags, status
 * and answers, then how many per status and per tag (in CSV, two tables of their own:
 * {@code statuts}, {@code themes}). An anonymous voice carries no sender data at all.
 */
public final class VoiceExport implements Export {
    /** One exported voice: author and channel are empty for an anonymous voice. */
    public record Row(Voice voice, Optional<String> author, Optional<String> channel, List<VoiceAnswer> answers) {}

    /** What an export holds. */
    public record Contents(List<Row> rows, Map<VoiceStatus, Long> statusCounts, Map<String, Long> tagCounts) {}

    /** The CSV tables besides the voices. */
    static final String STATUSES = "statuts";
    static final String TAGS = "themes";

    private final Voices voices;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the association's time zone, for the times people read */
    public VoiceExport(Voices voices, Clock clock, ZoneId zone) {
        this.voices = voices;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<String> tables() {
        return List.of(STATUSES, TAGS);
    }

    @Override
    public void writeTable(Handle handle, Texts texts, String table, ExportFormat format, Writer out) throws IOException {
        Contents contents = contents(handle);
        switch (table) {
            case STATUSES -> ExportWriters.statusCounts(contents, texts, format, out);
            case TAGS -> ExportWriters.tagCounts(contents, texts, format, out);
            default -> Export.super.writeTable(handle, texts, table, format, out);
        }
        out.flush();
    }

    @Override
    public long count(Handle handle) {
        return handle.count("select count(*) from voice");
    }

    @Override
    public String countKey() {
        return "export.avis.lignes";
    }

    @Override
    public String name() {
        return "voix";
    }

    @Override
    public List<String> aliases() {
        return List.of("voices", "avis", "feedback");
    }

    /** Everything exported, read in the caller's transaction. */
    public Contents contents(Handle handle) {
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

    @Override
    public void write(Handle handle, Texts texts, ExportFormat format, Writer out) throws IOException {
        Contents contents = contents(handle);
        switch (format) {
            case CSV, EXCEL -> ExportWriters.csv(contents, texts, format, out);
            case MD -> ExportWriters.markdown(contents, texts, clock.instant(), zone, out);
            case JSON -> ExportWriters.json(contents, texts, clock.instant(), out);
        }
        out.flush();
    }
}
