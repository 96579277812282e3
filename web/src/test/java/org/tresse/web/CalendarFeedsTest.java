package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The agenda's feeds on the real server, the links {@code /agenda lien} gives: public events for
 * anyone, the members' with a member's token; a group kept off the public pages for members only;
 * a wrong token or group is a 404. Each feed is read back by ical4j's parser.
 */
@StoreTest
class CalendarFeedsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private WebClient visitor;
    private MemoryChannel console;
    private String token;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        visitor = new WebClient(village.base());
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob");
        console.say("ana", "/evenement \"Concert\" --le samedi 21h --groupe cafe --public");
        console.say("ana", "/evenement \"Inventaire du café\" --le lundi 18h --groupe cafe");
        console.say("ana", "/evenement \"Réunion du bureau\" --le mardi 20h --groupe bureau");
        console.say("bob", "/agenda lien");
        token = console.lastReplyTo("bob").replaceAll("(?s).*jeton=([A-Za-z0-9_-]{32}).*", "$1");
        assertThat(token).hasSize(32);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void anyone_gets_the_public_events_and_a_member_with_their_token_gets_the_members_too() throws Exception {
        HttpResponse<String> open = visitor.get("/agenda.ics");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(open.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(summaries(open.body())).containsExactly("Concert");
        assertThat(open.body()).contains("X-WR-CALNAME:Agenda de La Tresse");

        HttpResponse<String> personal = visitor.get("/agenda.ics?jeton=" + token);
        assertThat(personal.statusCode()).isEqualTo(200);
        assertThat(personal.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(summaries(personal.body())).containsExactlyInAnyOrder("Concert", "Inventaire du café", "Réunion du bureau");

        assertThat(visitor.get("/agenda.ics?jeton=" + "A".repeat(32)).statusCode()).isEqualTo(404);
        console.say("bob", "/agenda lien nouveau");
        assertThat(visitor.get("/agenda.ics?jeton=" + token).statusCode()).as("a renewed link stops the old one").isEqualTo(404);
    }

    @Test
    void a_groups_feed_has_its_events_and_a_group_off_the_public_pages_is_for_members_only() throws Exception {
        HttpResponse<String> cafe = visitor.get("/agenda/cafe.ics");
        assertThat(cafe.statusCode()).isEqualTo(200);
        assertThat(summaries(cafe.body())).containsExactly("Concert");
        assertThat(summaries(visitor.get("/agenda/cafe.ics?jeton=" + token).body())).containsExactlyInAnyOrder("Concert", "Inventaire du café");

        assertThat(visitor.get("/agenda/bureau.ics").statusCode()).isEqualTo(404);
        HttpResponse<String> bureau = visitor.get("/agenda/bureau.ics?jeton=" + token);
        assertThat(bureau.statusCode()).isEqualTo(200);
        assertThat(summaries(bureau.body())).containsExactly("Réunion du bureau");

        assertThat(visitor.get("/agenda/inconnu.ics").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/agenda/cafe").statusCode()).isEqualTo(404);
    }

    private static List<String> summaries(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().map(event -> event.getProperty("SUMMARY").orElseThrow().getValue()).toList();
    }
}
