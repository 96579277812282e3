package org.tresse.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.tresse.config.internal.Checks;

/**
 * An IMAP or SMTP server.
 *
 * @param host            required
 * @param port            0 means the usual port for the protocol and security (filled in by
 *                        {@link EmailSettings})
 * @param security        ssl (default), starttls or none
 * @param user            defaults to the bot's address
 * @param password        optional; never shown by {@link #toString()}
 * @param folder          IMAP only: where mail arrives, default {@code INBOX}
 * @param processedFolder IMAP only: where handled mail is moved; null to leave it in place
 */
public record MailServerSettings(
        String host, int port, Security security, String user, String password, String folder,
        String processedFolder) {

    public MailServerSettings {
        host = Checks.required(host, "host", "host: mail.example.org");
        port = Checks.port(port, "port");
        security = security == null ? Security.SSL : security;
        user = Checks.trimToNull(user);
        password = password == null || password.isEmpty() ? null : password;
        folder = Checks.trimToNull(folder);
        processedFolder = Checks.trimToNull(processedFolder);
    }

    /** How the YAML file builds it: {@code port} left out means the usual port. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static MailServerSettings fromYaml(@JsonProperty("host") String host, @JsonProperty("port") Integer port,
            @JsonProperty("security") Security security, @JsonProperty("user") String user,
            @JsonProperty("password") String password, @JsonProperty("folder") String folder,
            @JsonProperty("processed-folder") String processedFolder) {
        return new MailServerSettings(host, port == null ? 0 : port, security, user, password, folder, processedFolder);
    }

    /** These settings with the blanks filled: port, user and (when given) folder. */
    MailServerSettings withDefaults(int defaultPort, String defaultUser, String defaultFolder) {
        return new MailServerSettings(host, port == 0 ? defaultPort : port, security,
                user == null ? defaultUser : user, password, folder == null ? defaultFolder : folder,
                processedFolder);
    }

    @Override
    public String toString() {
        return "MailServerSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user
                + ", password=" + Checks.mask(password) + ", folder=" + folder + ", processedFolder="
                + processedFolder + "]";
    }

    /** How the connection is protected: {@code ssl}, {@code starttls} or {@code none}. */
    public enum Security {
        SSL, STARTTLS, NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
