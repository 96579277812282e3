package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tresse.connector.email.Bounces;

/** HTML to text, delivery status parsing, subject prefixes, charset guessing. */
class MailPartsTest {

    @Test
    void html_becomes_lines_without_quotes_scripts_or_outlook_history() {
        String html = "<html><head><style>p{}</style></head><body><p>/avis <b>Oui</b>&nbsp;!</p>"
                + "<ul><li>un</li><li>deux</li></ul>ligne<br>suivante<script>alert(1)</script>"
                + "<div class=\"gmail_quote\">Le sam. a écrit :<blockquote>vieux</blockquote></div>"
                + "<div id=\"divRplyFwdMsg\">De : La Tresse</div><div>historique</div></body></html>";
        assertThat(ReplyText.clean(HtmlText.toText(html))).isEqualTo("/avis Oui !\n\n- un\n- deux\nligne\nsuivante");
    }

    @Test
    void a_delivery_status_lists_failed_and_delayed_recipients() {
        String status = "Reporting-MTA: dns; mx.example.org\r\nArrival-Date: Sat, 2 Mar 2024\r\n\r\n"
                + "Final-Recipient: rfc822; Marc@Example.org\r\nAction: failed\r\nStatus: 5.1.1 (no such user)\r\n\r\n"
                + "Final-Recipient: rfc822;<lea@example.org>\r\nAction: delayed\r\nStatus: 4.4.1\r\n\r\n"
                + "Final-Recipient: rfc822; ok@example.org\r\nAction: delivered\r\nStatus: 2.0.0\r\n";
        assertThat(DeliveryReport.parseStatus(status)).containsExactly(
                new Bounces.Failure("marc@example.org", "5.1.1", true),
                new Bounces.Failure("lea@example.org", "4.4.1", false));
    }

    @Test
    void reply_and_forward_prefixes_are_stripped_from_subjects() {
        assertThat(InboundMapper.stripReplyPrefixes("RE: Tr: Fwd: /abonner")).isEqualTo("/abonner");
        assertThat(InboundMapper.stripReplyPrefixes("Re[2]: /vote 12 pour")).isEqualTo("/vote 12 pour");
        assertThat(InboundMapper.stripReplyPrefixes("Réunion: demain")).isEqualTo("Réunion: demain");
        // a repeated group in a pattern recursed once per prefix: this overflowed the stack
        assertThat(InboundMapper.stripReplyPrefixes("Re: ".repeat(20_000) + "/aide")).isEqualTo("/aide");
    }

    @Test
    void undeclared_bytes_are_read_as_utf8_when_valid_else_windows_1252() {
        assertThat(MailBody.decode("été".getBytes(StandardCharsets.UTF_8), Optional.empty())).isEqualTo("été");
        assertThat(MailBody.decode(new byte[] {(byte) 0xe9, 't', (byte) 0xe9}, Optional.empty())).isEqualTo("été");
    }

    @Test
    void plus_tokens_are_found_only_on_the_bot_address() {
        assertThat(Addresses.plusToken("Bot+V.abcdefghijklmnop@Tresse.test", "bot@tresse.test")).isPresent();
        assertThat(Addresses.plusToken("bot+v.abcdefghijklmnop@evil.example", "bot@tresse.test")).isEmpty();
        assertThat(Addresses.plusToken("bot+x.abcdefghijklmnop@tresse.test", "bot@tresse.test")).isEmpty();
        assertThat(Addresses.isSelf("bot+u.abcdefghijklmnop@tresse.test", "bot@tresse.test")).isTrue();
        assertThat(Addresses.isSelf("robot@tresse.test", "bot@tresse.test")).isFalse();
    }
}
