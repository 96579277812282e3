package org.tresse.app;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;

/** {@code tresse run} with the console and email through a real mail server (GreenMail), for app tests. */
final class MailedTresse {
    static final String BOT = "bot@lavoir.example";

    private MailedTresse() {}

    /** SMTP and IMAP on free loopback ports, the bot's mailbox (login bot, password secret). */
    static GreenMailExtension greenMail() {
        return new GreenMailExtension(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(BOT, "bot", "secret"))
                .withPerMethodLifecycle(true);
    }

    /** Les Amis du Lavoir on an H2 file in {@code directory}, the console, email, and web pages at {@code publicUrl}. */
    static TresseConfig config(Path directory, GreenMailExtension greenMail, String publicUrl) {
        String yaml = """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                channels:
                  console: { enabled: true }
                  email:
                    address: %s
                    imap: { host: 127.0.0.1, port: %d, security: none, user: bot, password: secret }
                    smtp: { host: 127.0.0.1, port: %d, security: none }
                web:
                  listen: 127.0.0.1:0
                  public-url: %s
                """.formatted(directory.resolve("data").resolve("tresse"), BOT, greenMail.getImap().getPort(),
                greenMail.getSmtp().getPort(), publicUrl);
        return new ConfigLoader().load(yaml, "tresse.yml");
    }

    /** The mails the server received for {@code to}, in order. */
    static List<MimeMessage> mailsTo(GreenMailExtension greenMail, String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(to));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
