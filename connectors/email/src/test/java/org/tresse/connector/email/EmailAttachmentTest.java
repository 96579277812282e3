package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** An event's .ics travels as a text/calendar attachment (METHOD:PUBLISH), read back by the calendar parser. */
@StoreTest
class EmailAttachmentTest {
    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Tresse//Agenda//FR", "VERSION:2.0",
            "METHOD:PUBLISH", "BEGIN:VEVENT", "DTSTART:20240305T190000Z", "DTEND:20240305T210000Z", "DTSTAMP:20240302T090000Z",
            "UID:abc@tresse", "SUMMARY:Réunion mensuelle à La Vayssade", "ORGANIZER;CN=La Tresse:mailto:bot@tresse.test",
            "END:VEVENT", "END:VCALENDAR", "");

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    @Order(1)
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    @RegisterExtension
    @Order(2) // after the database: starts on it
    final MailToEve eve = new MailToEve(greenMail, db);

    @Test
    void an_ics_is_attached_after_the_text_and_html_and_calendars_can_read_it() throws Exception {
        Content content = Content.notice("**Réunion mensuelle** : mardi 5 mars à 20:00.")
                .withAttachments(List.of(new Attachment("evenement-1.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ICS)));

        MailToEve.Received mail = eve.send(3, content);

        BodyPart file = mail.file();
        assertThat(file.isMimeType("text/calendar")).isTrue();
        assertThat(file.getContentType()).contains("method=PUBLISH").contains("charset=UTF-8");
        assertThat(file.getFileName()).isEqualTo("evenement-1.ics");
        String text = new String(mail.fileBytes(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(ICS);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Réunion mensuelle à La Vayssade");
    }
}
