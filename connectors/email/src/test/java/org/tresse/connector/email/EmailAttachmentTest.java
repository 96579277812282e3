package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.MutableClock;
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
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private EmailConnector connector;

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.stop();
        }
    }

    @Test
    void an_ics_is_attached_after_the_text_and_html_and_calendars_can_read_it() throws Exception {
        connector = new EmailConnector(MailLab.options(greenMail), db.database(), new MutableClock(Instant.now()));
        connector.start(new RecordingSink());
        Content content = Content.notice("**Réunion mensuelle** : mardi 5 mars à 20:00.")
                .withAttachments(List.of(new Attachment("evenement-1.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ICS)));
        DeliveryResult result = connector.deliver(new Outbound(3, new Destination.Room("email", "eve@example.org", RoomKind.PRIVATE),
                content, 1));
        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length >= 1);
        MimeMessage mail = greenMail.getReceivedMessages()[0];

        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.isMimeType("text/calendar")).isTrue();
        assertThat(file.getContentType()).contains("method=PUBLISH").contains("charset=UTF-8");
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("evenement-1.ics");
        String text;
        try (InputStream in = file.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            text = out.toString(StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(ICS);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Réunion mensuelle à La Vayssade");
    }
}
