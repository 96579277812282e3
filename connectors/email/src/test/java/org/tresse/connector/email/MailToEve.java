package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;

/**
 * The attachment tests' mail: a started connector on GreenMail sends eve a private notice, and she
 * receives it as a {@code multipart/mixed} of the text and HTML ({@code multipart/alternative})
 * then the one file, attached.
 */
final class MailToEve implements BeforeEachCallback, AfterEachCallback {
    private final GreenMailExtension greenMail;
    private final TestDatabase db;
    private EmailConnector connector;

    /** Register this after {@code greenMail} and {@code db} ({@code @Order}): it starts on them before each test. */
    MailToEve(GreenMailExtension greenMail, TestDatabase db) {
        this.greenMail = greenMail;
        this.db = db;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        connector = new EmailConnector(MailLab.options(greenMail), db.database(), new MutableClock(Instant.now()));
        connector.start(new RecordingSink());
    }

    EmailConnector connector() {
        return connector;
    }

    /** Sends {@code content} as outbox row {@code row} and returns the mail eve receives, its shape checked. */
    Received send(long row, Content content) throws Exception {
        DeliveryResult result = connector.deliver(new Outbound(row, new Destination.Room("email", "eve@example.org", RoomKind.PRIVATE),
                content, 1));
        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length >= 1);
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        return new Received(mixed, file);
    }

    /** The mail's two parts: the text and HTML, and the file. */
    record Received(Multipart mixed, BodyPart file) {
        /** The file's bytes, decoded. */
        byte[] fileBytes() throws IOException, MessagingException {
            try (InputStream in = file.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toByteArray();
            }
        }

        /** The plain text the mail says. */
        String text() throws IOException, MessagingException {
            return ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent().toString();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (connector != null) {
            connector.stop();
        }
    }
}
