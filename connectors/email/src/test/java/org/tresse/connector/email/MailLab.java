package org.tresse.connector.email;

import java.time.Duration;
import java.util.Properties;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The test mail server (GreenMail: real SMTP and IMAP on loopback) and mails to put in it. */
final class MailLab {
    static final String BOT = "bot@tresse.test";
    static final String PAROLE = "parole@tresse.test";
    static final String AUTHSERV = "mx.tresse.test";

    private MailLab() {}

    /** SMTP and IMAP on 127.0.0.1, dynamic ports, the bot's mailbox; plus-addresses land in it. */
    static GreenMailExtension greenMail() {
        return new GreenMailExtension(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(configuration())
                .withPerMethodLifecycle(true);
    }

    static GreenMailConfiguration configuration() {
        return GreenMailConfiguration.aConfig().withUser(BOT, "bot", "secret").withSieveIgnoreDetail();
    }

    /** Options on the test server, with short timings so tests run in seconds. */
    static EmailOptions options(GreenMailOperations greenMail) {
        return options(greenMail.getSmtp().getPort(), greenMail.getImap().getPort());
    }

    static EmailOptions options(int smtpPort, int imapPort) {
        MailServer imap = MailServer.of("127.0.0.1", imapPort, MailServer.Security.NONE, "bot", "secret");
        MailServer smtp = MailServer.of("127.0.0.1", smtpPort, MailServer.Security.NONE, null, null);
        return EmailOptions.of(BOT, imap, smtp)
                .withFeedbackAddress(PAROLE)
                .withAuthservId(AUTHSERV)
                .withFromName("La Tresse")
                .withTimings(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    static Session session() {
        return Session.getInstance(new Properties());
    }

    /** A plain text mail. */
    static MimeMessage mail(String from, String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    /**
     * The mail as the bot's receiving server hands it on: its own results ({@code results}, after
     * the authserv-id), then its own Received line, above every header the sender wrote.
     */
    static MimeMessage receivedBy(MimeMessage message, String results) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        String raw = "Authentication-Results: " + AUTHSERV + "; " + results + "\r\n"
                + "Received: from mail.example.org (mail.example.org [192.0.2.1])\r\n\tby " + AUTHSERV
                + " (Postfix) with ESMTPS id 4TzQ1; Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                + out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new MimeMessage(session(), new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    /** A delivery status notification (RFC 3464) sent to {@code to}, naming {@code recipient} as failed. */
    static MimeMessage dsn(String id, String to, String recipient, String status) throws Exception {
        String raw = "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
                + "To: " + to + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: " + id + "\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your message could not be delivered.\r\n"
                + "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nOriginal-Recipient: rfc822;" + recipient + "\r\n"
                + "Action: " + (status.startsWith("5") ? "failed" : "delayed") + "\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected\r\n"
                + "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "From: La Tresse <bot@tresse.test>\r\nTo: " + recipient + "\r\n"
                + "Subject: Les nouvelles du mois\r\n--B--\r\n";
        return new MimeMessage(session(), new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Sends through the test server's SMTP, to the addresses of the To header. */
    static void send(GreenMailOperations greenMail, MimeMessage message) throws MessagingException {
        send(greenMail, message, message.getAllRecipients());
    }

    /**
     * Freezes the headers (a later write would otherwise give a new Message-ID) and sets the
     * Message-ID, or removes it when {@code id} is null.
     */
    static MimeMessage withMessageId(MimeMessage message, String id) throws MessagingException {
        message.saveChanges();
        if (id == null) {
            message.removeHeader("Message-ID");
        } else {
            message.setHeader("Message-ID", id);
        }
        return message;
    }

    /** Sends to {@code envelope}, whatever the headers say: an alias delivered into the bot's mailbox. */
    static void send(GreenMailOperations greenMail, MimeMessage message, Address... envelope) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, envelope);
        }
    }

    /** How many mails of the bot's inbox are flagged \\Seen: handled, answered or not. */
    static int seen(GreenMailOperations greenMail) throws FolderException {
        return (int) folder(greenMail, "INBOX").getMessages().stream()
                .filter(message -> message.isSet(jakarta.mail.Flags.Flag.SEEN)).count();
    }

    /** The bot's folder as the server holds it, to look at flags and counts. */
    static MailFolder folder(GreenMailOperations greenMail, String name) throws FolderException {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(BOT);
        if (name.equals("INBOX")) {
            return greenMail.getManagers().getImapHostManager().getInbox(user);
        }
        return greenMail.getManagers().getImapHostManager().getFolder(user, name);
    }
}
