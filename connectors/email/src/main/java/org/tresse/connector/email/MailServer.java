package org.tresse.connector.email;

import java.util.Objects;

/**
 * An IMAP or SMTP server the connector talks to.
 *
 * @param host            the server's name
 * @param port            its port
 * @param security        {@link Security#SSL} (IMAPS 993, SMTPS 465), {@link Security#STARTTLS}
 *                        (143, 587) or {@link Security#NONE} (tests only)
 * @param user            the login
 * @param password        the password, may be null; never shown by {@link #toString()}
 * @param folder          IMAP only: where mail arrives, {@code INBOX} by default
 * @param processedFolder IMAP only: where handled mail is moved; null to flag it \Seen in place
 */
public record MailServer(String host, int port, Security security, String user, String password,
        String folder, String processedFolder) {

    /** How the connection is protected. */
    public enum Security {
        SSL, STARTTLS, NONE
    }

    public MailServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        processedFolder = processedFolder == null || processedFolder.isBlank() ? null : processedFolder;
    }

    /** A server with no folder settings: SMTP, or IMAP reading INBOX and flagging mail \Seen. */
    public static MailServer of(String host, int port, Security security, String user, String password) {
        return new MailServer(host, port, security, user, password, null, null);
    }

    public MailServer withProcessedFolder(String folderName) {
        return new MailServer(host, port, security, user, password, folder, folderName);
    }

    @Override
    public String toString() {
        return "MailServer[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", folder=" + folder
                + ", processedFolder=" + processedFolder + "]";
    }
}
