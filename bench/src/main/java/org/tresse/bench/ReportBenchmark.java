package org.tresse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.store.Database;
import org.tresse.print.Branding;
import org.tresse.print.Links;
import org.tresse.print.PrintFormat;
import org.tresse.print.PrintTexts;
import org.tresse.print.report.Report;
import org.tresse.print.report.ReportRequest;
import org.tresse.print.report.Reports;
import org.tresse.print.report.sections.StandardSections;

/**
 * The report of a whole year with 10,000 voices and 200 polls ({@link AYearOfTresse}): reading
 * every section from the store, and writing it as PDF, HTML or Markdown. One report takes
 * seconds, so each invocation is timed on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ReportBenchmark {
    @Param({"PDF", "HTML", "MARKDOWN"})
    public PrintFormat format;

    private Database database;
    private Reports reports;
    private Path folder;
    private ReportRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("tresse-bench-report");
        // -Dbench.file=true: on an H2 file, as tresse run has it (the year then lives on disk, not in the heap)
        database = Boolean.getBoolean("bench.file") ? Database.open("jdbc:h2:file:" + folder.resolve("tresse"), "sa", "", List.of())
                : Database.inMemory("bench-report-" + UUID.randomUUID(), List.of());
        AYearOfTresse year = AYearOfTresse.of(database, folder);
        List<String> bundles = new ArrayList<>(year.core.installation().bundles());
        bundles.add(PrintTexts.BUNDLE);
        I18n i18n = new I18n(Language.FR, bundles);
        reports = new Reports(year.clock, AYearOfTresse.VILLAGE, i18n, year.core.groups(), Branding.named("La Tresse"),
                new Links(Optional.of("https://tresse.example.org"), Optional.of("LaTresseBot"), Optional.of("bot@la-tresse.org")),
                StandardSections.of(year.core.people(), year.core.groups(), year.core.outbox(), new Subscriptions(year.clock), year.polls,
                        year.decisions, year.voices, new Announcements(year.clock)));
        request = new ReportRequest(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Optional.empty(), format, Language.FR);
        System.out.println("voices " + count("select count(*) from voice") + ", polls " + count("select count(*) from poll")
                + ", ballots " + count("select count(*) from ballot") + ", answers " + count("select count(*) from voice_answer")
                + ", outbox " + count("select count(*) from outbox") + ", events " + count("select count(*) from inbound_log"));
    }

    private long count(String sql) {
        return database.inTransaction(handle -> handle.count(sql));
    }

    @Benchmark
    public long write() throws IOException {
        Path file = database.inTransaction(handle -> reports.write(handle, request, folder.resolve("rapport." + format.extension())));
        return Files.size(file);
    }

    @Benchmark
    public Report read() {
        return database.inTransaction(handle -> reports.read(handle, request));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Path written = folder.resolve("rapport." + format.extension());
        if (Files.exists(written)) {
            System.out.println(format + " report: " + Files.size(written) / 1024 + " KiB, kept at " + written);
        }
        database.close();
    }
}
