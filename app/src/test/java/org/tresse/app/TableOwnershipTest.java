package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table is written by one feature only (others go through its services), and every table a
 * migration creates has an owner here: DESIGN.md's table of owners, checked against the SQL the
 * code runs.
 */
class TableOwnershipTest {
    /** Table → the package (and its subpackages) that alone writes it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("person", "org.tresse.core.people"),
            Map.entry("identity", "org.tresse.core.people"),
            Map.entry("person_number", "org.tresse.core.people"),
            Map.entry("person_role", "org.tresse.core.people"),
            Map.entry("link_code", "org.tresse.core.people"),
            Map.entry("personal_link", "org.tresse.core.people"),
            Map.entry("link_attempt", "org.tresse.core.people"),
            Map.entry("tresse_group", "org.tresse.core.groups"),
            Map.entry("group_member", "org.tresse.core.groups"),
            Map.entry("room", "org.tresse.core.groups"),
            Map.entry("inbound_log", "org.tresse.core.engine"),
            Map.entry("connector_cursor", "org.tresse.core.engine"),
            Map.entry("outbox", "org.tresse.core.outbox"),
            Map.entry("outbox_file", "org.tresse.core.outbox"),
            Map.entry("scheduled_job", "org.tresse.core.schedule"),
            Map.entry("lease", "org.tresse.core.lease"),
            Map.entry("poll", "org.tresse.core.poll"),
            Map.entry("poll_option", "org.tresse.core.poll"),
            Map.entry("poll_room", "org.tresse.core.poll"),
            Map.entry("ballot", "org.tresse.core.poll"),
            Map.entry("consultation_answer", "org.tresse.core.poll"),
            Map.entry("poll_live_tally", "org.tresse.core.poll"),
            Map.entry("ballot_channel", "org.tresse.core.poll"),
            Map.entry("ballot_v11", "org.tresse.core.poll"),
            Map.entry("ballot_v15", "org.tresse.core.poll"),
            Map.entry("ballot_channel_v15", "org.tresse.core.poll"),
            Map.entry("decision", "org.tresse.core.decision"),
            Map.entry("decision_event", "org.tresse.core.decision"),
            Map.entry("voice", "org.tresse.core.voice"),
            Map.entry("voice_tag", "org.tresse.core.voice"),
            Map.entry("voice_number", "org.tresse.core.voice"),
            Map.entry("voice_answer", "org.tresse.core.voice"),
            Map.entry("announcement", "org.tresse.core.announcement"),
            Map.entry("subscription", "org.tresse.core.announcement"),
            Map.entry("pending_confirmation", "org.tresse.core.confirmation"),
            Map.entry("poll_room_count", "org.tresse.core.poll"),
            Map.entry("event", "org.tresse.core.event"),
            Map.entry("event_exception", "org.tresse.core.event"),
            Map.entry("event_rsvp", "org.tresse.core.event"),
            Map.entry("event_plan", "org.tresse.core.event"),
            Map.entry("event_feed_token", "org.tresse.core.event"),
            Map.entry("agenda_item", "org.tresse.core.event"),
            Map.entry("meeting", "org.tresse.core.meeting"),
            Map.entry("meeting_attendee", "org.tresse.core.meeting"),
            Map.entry("meeting_note", "org.tresse.core.meeting"),
            Map.entry("meeting_decision", "org.tresse.core.meeting"),
            Map.entry("telegram_poll", "org.tresse.connector.telegram"),
            Map.entry("telegram_paused_chat", "org.tresse.connector.telegram"),
            Map.entry("telegram_message_ref", "org.tresse.connector.telegram"),
            Map.entry("telegram_sent_part", "org.tresse.connector.telegram"),
            Map.entry("telegram_chat_migration", "org.tresse.connector.telegram"),
            Map.entry("matrix_session", "org.tresse.connector.matrix"),
            Map.entry("matrix_direct_room", "org.tresse.connector.matrix"),
            Map.entry("matrix_poll", "org.tresse.connector.matrix"),
            Map.entry("matrix_room_notice", "org.tresse.connector.matrix"),
            Map.entry("email_bounce", "org.tresse.connector.email"),
            Map.entry("email_bounce_log", "org.tresse.connector.email"),
            Map.entry("email_token", "org.tresse.connector.email"),
            Map.entry("email_thread", "org.tresse.connector.email"),
            Map.entry("email_sent", "org.tresse.connector.email"),
            Map.entry("web_contact", "org.tresse.web.channel"));

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
    private static final Pattern WRITE = Pattern.compile("(?i)\\b(?:insert into|update|delete from|merge into)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*+\"");

    @Test
    void every_table_a_migration_creates_has_one_owner() throws IOException {
        Set<String> created = new TreeSet<>();
        for (Path migration : files(".sql")) {
            Matcher matcher = CREATE.matcher(Files.readString(migration));
            while (matcher.find()) {
                created.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(created).as("tables created by the migrations").isNotEmpty();
        assertThat(OWNERS.keySet()).as("give each new table its owning feature here and in DESIGN.md").containsAll(created);
    }

    @Test
    void each_table_is_written_by_its_owner_only() throws IOException {
        List<String> trespasses = new ArrayList<>();
        for (Path source : files(".java")) {
            String text = Files.readString(source);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            String where = pkg.group(1);
            Matcher literal = STRING.matcher(text);
            while (literal.find()) {
                Matcher write = WRITE.matcher(literal.group());
                while (write.find()) {
                    String table = write.group(1).toLowerCase(Locale.ROOT);
                    String owner = OWNERS.get(table);
                    if (owner != null && !where.equals(owner) && !where.startsWith(owner + ".")) {
                        trespasses.add(ROOT.relativize(source) + " writes " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(trespasses).as("writes outside the owning feature: call its service instead").isEmpty();
    }

    /** The main sources and resources of every module (tests and benchmarks may prepare data as they like). */
    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.toString().endsWith(suffix))
                    .filter(path -> path.toString().contains("/src/main/"))
                    .filter(path -> !path.startsWith(ROOT.resolve("bench")))
                    .filter(path -> !path.toString().contains("/target/"))
                    .toList();
        }
    }
}
