package org.tresse.connector.email.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.tresse.connector.email.MailServer;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through one SMTP connection, kept open between mails and opened again when it drops.
 * A 4xx answer is transient, a 5xx one permanent, a connection failure transient. Called from
 * the channel's single delivery thread.
 */
public final class SmtpSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);
    private static final int TIMEOUT_MILLIS = 30_000;
    /** A connection idle this long is checked (NOOP) before use: servers close idle ones. */
    private static final long CHECK_AFTER_NANOS = 20_000_000_000L;

    private final MailServer server;
    private final Session session;
    private Transport transport;
    private long lastUse;

    public SmtpSender(MailServer server) {
        this.server = server;
        this.session = Session.getInstance(properties(server));
    }

    public Session session() {
        return session;
    }

    static Properties properties(MailServer server) {
        String protocol = server.security() == MailServer.Security.SSL ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", server.host());
        properties.put(prefix + "port", String.valueOf(server.port()));
        properties.put(prefix + "auth", String.valueOf(server.password() != null));
        properties.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(prefix + "timeout", String.valueOf(TIMEOUT_MILLIS));
        if (server.security() == MailServer.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (server.security() != MailServer.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Sends {@code message}; {@code sentId} is what a success reports. */
    public DeliveryResult send(MimeMessage message, String sentId) {
        try {
            connect();
            transport.sendMessage(message, message.getAllRecipients());
            return DeliveryResult.sent(sentId);
        } catch (MessagingException e) {
            DeliveryResult result = classify(e);
            if (!(result instanceof DeliveryResult.Permanent || result instanceof DeliveryResult.FileRefused)) {
                closeQuietly();
            }
            return result;
        }
    }

    private void connect() throws MessagingException {
        long now = System.nanoTime();
        boolean recent = now - lastUse < CHECK_AFTER_NANOS;
        lastUse = now;
        if (transport != null && (recent || transport.isConnected())) {
            return;
        }
        closeQuietly();
        Transport fresh = session.getTransport();
        fresh.connect(server.host(), server.port(), server.user(), server.password());
        transport = fresh;
        log.debug("Connected to SMTP server {}:{}", server.host(), server.port());
    }

    /**
     * 4xx: transient; 552 (too large): the file refused; other 5xx: permanent; no answer at all
     * (connection, timeout): transient. The reason carries the SMTP code, never the server's words
     * (they may name the address): those go to the debug log.
     */
    static DeliveryResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new DeliveryResult.Transient(Reason.ACCOUNT_REFUSED);
        }
        if (failure instanceof AddressException) {
            return new DeliveryResult.Permanent(Reason.BAD_ADDRESS);
        }
        int code = returnCode(failure);
        if (code > 0) {
            log.debug("SMTP server answered {}: {}", code, summary(failure));
        }
        if (code == 530 || code == 535) {
            return new DeliveryResult.Transient(DeliveryFailure.of(Reason.ACCOUNT_REFUSED, code));
        }
        if (code == 552) {
            // too large (RFC 1870): without its file the message may go; a message without one fails for good
            return new DeliveryResult.FileRefused(DeliveryFailure.of(Reason.TOO_LARGE, code));
        }
        if (code >= 500 && code < 600) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(code == 550 || code == 553 ? Reason.ADDRESS_REFUSED : Reason.REFUSED, code));
        }
        if (code >= 400 && code < 500) {
            return new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, code));
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return new DeliveryResult.Permanent(Reason.ADDRESS_REFUSED);
        }
        log.debug("SMTP connection failed: {}", failure.getClass().getSimpleName());
        return new DeliveryResult.Transient(Reason.NETWORK);
    }

    private static int returnCode(Exception failure) {
        for (Exception current = failure; current != null; ) {
            if (current instanceof SMTPSendFailedException sendFailed) {
                return sendFailed.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException addressFailed) {
                return addressFailed.getReturnCode();
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return -1;
    }

    /** The server's answer, one line, short: it never holds a secret of ours. */
    private static String summary(MessagingException failure) {
        String message = failure.getMessage();
        for (Exception current = failure; current != null; ) {
            if (current instanceof SMTPAddressFailedException || current instanceof SMTPSendFailedException) {
                message = current.getMessage();
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return ": " + (line.length() > 200 ? line.substring(0, 200) : line);
    }

    private void closeQuietly() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the SMTP connection failed: {}", e.toString());
        }
        transport = null;
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
