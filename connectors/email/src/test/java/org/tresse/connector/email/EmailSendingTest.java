package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.core.channel.Suspensions;

/** Mail out: headers, threading, ballots answered by reply, newsletters, bounces, SMTP failures. */
@StoreTest
class EmailSendingTest {
    private static final Pattern TOKEN_ADDRESS = Pattern.compile("bot\\+([uvab])\\.([a-z2-7]{16})@tresse\\.test");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[a-z2-7]{24}@tresse\\.test>");

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private final MutableClock clock = new MutableClock(Instant.now());
    private final RecordingSink sink = new RecordingSink();
    private EmailConnector connector;

    private EmailConnector start(EmailOptions options) {
        connector = new EmailConnector(options, db.database(), clock);
        connector.start(sink);
        return connector;
    }

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.stop();
        }
    }

    private static Outbound toAna(long id, Content content) {
        return new Outbound(id, new Destination.Room("email", "ana@example.org", RoomKind.PRIVATE), content, 1);
    }

    private MimeMessage awaitMailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= count);
        return mailsTo(address).get(count - 1);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private Inbound awaitInbound(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.received().size() >= count);
        return sink.received().get(count - 1);
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int index = 0; index < alternative.getCount(); index++) {
            if (alternative.getBodyPart(index).isMimeType(type)) {
                return (String) alternative.getBodyPart(index).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }

    @Test
    void a_reply_is_threaded_escaped_and_marked_auto_replied() throws Exception {
        start(MailLab.options(greenMail));
        MimeMessage question = MailLab.withMessageId(MailLab.mail("Ana <ana@example.org>", MailLab.BOT, "Question", "/aide"),
                "<q1@example.org>");
        question.setHeader("References", "<r0@example.org>");
        MailLab.send(greenMail, question);
        Inbound inbound = awaitInbound(1);

        Outbound answer = toAna(7, Content.notice("**Merci** <b>Ana</b>\n\n- [le site](https://tresse.example.org)")
                .replyingTo(inbound.eventId()));
        DeliveryResult result = connector.deliver(answer);

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        String id = ((DeliveryResult.Sent) result).messageId();
        assertThat(id).matches(MESSAGE_ID.pattern());
        MimeMessage mail = awaitMailTo("ana@example.org", 1);
        String returnPath = header(mail, "Return-Path");
        assertThat(returnPath).matches("<" + TOKEN_ADDRESS.pattern() + ">").startsWith("<bot+b.");
        assertThat(header(mail, "From")).isEqualTo("La Tresse <bot@tresse.test>");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo(MailLab.BOT);
        assertThat(mail.getSubject()).isEqualTo("Re: Question");
        assertThat(mail.getMessageID()).isEqualTo(id);
        assertThat(header(mail, "In-Reply-To")).isEqualTo("<q1@example.org>");
        assertThat(header(mail, "References")).isEqualTo("<r0@example.org> <q1@example.org>");
        assertThat(header(mail, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(header(mail, "List-Unsubscribe")).isNull();
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        assertThat(part(mail, "text/plain")).contains("Merci <b>Ana</b>").contains("le site (https://tresse.example.org)")
                .doesNotContain("/desabonner");
        assertThat(part(mail, "text/html")).contains("<strong>Merci</strong> &lt;b&gt;Ana&lt;/b&gt;")
                .contains("<a href=\"https://tresse.example.org\">le site</a>");

        connector.deliver(new Outbound(7, answer.destination(), answer.content(), 2));
        MimeMessage retried = awaitMailTo("ana@example.org", 2);
        assertThat(retried.getMessageID()).isEqualTo(id);
        assertThat(header(retried, "Return-Path")).isEqualTo(returnPath);
        assertThat(((DeliveryResult.Sent) connector.deliver(toAna(8, answer.content()))).messageId()).isNotEqualTo(id);
    }

    @Test
    void a_newsletter_carries_list_unsubscribe_and_a_mail_to_it_unsubscribes() throws Exception {
        start(MailLab.options(greenMail).withUnsubscribeUrl("https://tresse.example.org/desabonner"));

        DeliveryResult result = connector.deliver(toAna(8, Content.broadcast("Marché samedi\n\nVenez **nombreux** !")));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        MimeMessage mail = awaitMailTo("ana@example.org", 1);
        assertThat(mail.getSubject()).isEqualTo("Marché samedi");
        assertThat(header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
        String unsubscribe = header(mail, "List-Unsubscribe");
        Matcher token = TOKEN_ADDRESS.matcher(unsubscribe);
        assertThat(token.find()).isTrue();
        assertThat(token.group(1)).isEqualTo("u");
        assertThat(unsubscribe).contains("<mailto:" + token.group() + "?subject=unsubscribe>")
                .contains("<https://tresse.example.org/desabonner?token=" + token.group(2) + ">");
        assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(part(mail, "text/plain")).contains("répondez en écrivant « /desabonner »")
                .contains("écrivez à " + token.group());

        // the mail client's one-click unsubscribe sends a mail to the token address
        MailLab.send(greenMail, MailLab.mail("ana.autre@example.org", token.group(), "unsubscribe", ""));
        Inbound inbound = awaitInbound(1);
        assertThat(inbound.text()).contains("/desabonner");
        assertThat(inbound.sender()).isEqualTo(new Identity("email", "ana@example.org"));
        assertThat(inbound.verified()).isTrue();
    }

    @Test
    void the_connector_s_own_words_are_in_the_message_s_language_else_the_association_s() throws Exception {
        start(MailLab.options(greenMail));
        PollPresentation poll = new PollPresentation("12", "Open the café on Sundays?",
                List.of("For", "Against", "Abstain", "Block"), PollPresentation.Kind.PROPOSAL, 1, false, false,
                clock.instant().plus(Duration.ofDays(7)), false);
        connector.deliver(new Outbound(20, new Destination.Direct("email", "ana@example.org"),
                Content.notice("Poll 12: open the café on Sundays?").withPoll(poll).in(Language.EN), 1));
        MimeMessage ballot = awaitMailTo("ana@example.org", 1);
        assertThat(ballot.getSubject()).isEqualTo("Vote 12: Open the café on Sundays?");
        assertThat(part(ballot, "text/plain")).contains("To vote, just reply to this message with your choice on the first line, "
                + "as after \"/vote 12\" (for example: \"for\")").doesNotContain("Pour voter").doesNotContain("par exemple");

        connector.deliver(toAna(21, Content.broadcast("Market on Saturday").in(Language.EN)));
        assertThat(part(awaitMailTo("ana@example.org", 2), "text/plain")).contains("To stop receiving these messages, write to bot+u.")
                .contains("(or reply with \"/unsubscribe\")").doesNotContain("desabonner");

        Content choice = Content.notice("Is this you?").withButtons(List.of(List.of(new Button("Yes", "c:1:y"), new Button("No", "c:1:n"))));
        connector.deliver(toAna(22, choice.in(Language.EN)));
        assertThat(part(awaitMailTo("ana@example.org", 3), "text/plain"))
                .contains("To answer, send an empty mail (or \"yes\") to the address of your choice:").containsPattern("• Yes: bot\\+a\\.")
                .doesNotContain("Pour répondre");
        connector.deliver(toAna(23, choice));
        assertThat(part(awaitMailTo("ana@example.org", 4), "text/plain"))
                .as("no language said: the association's, French here")
                .contains("Pour répondre, envoyez un message vide (ou « oui ») à l’adresse de votre choix :").containsPattern("• Yes : bot\\+a\\.");
        connector.stop();

        connector = new EmailConnector(MailLab.options(greenMail), Language.EN, db.database(), clock);
        connector.start(sink);
        connector.deliver(toAna(24, choice));
        assertThat(part(awaitMailTo("ana@example.org", 5), "text/plain")).as("an English association's")
                .contains("To answer, send an empty mail").doesNotContain("Pour répondre");
    }

    @Test
    void a_ballot_is_answered_by_reply_in_french_or_english_and_attributed_by_its_token() throws Exception {
        start(MailLab.options(greenMail));
        PollPresentation poll = new PollPresentation("12", "Ouvrir le café le dimanche ?",
                List.of("Pour", "Contre", "Abstention", "Blocage"), PollPresentation.Kind.PROPOSAL, 1, false, false,
                clock.instant().plus(Duration.ofDays(7)), false);
        Outbound ballot = new Outbound(9, new Destination.Direct("email", "ana@example.org"),
                Content.notice("Sondage 12 : ouvrir le café le dimanche ?\n\nRépondez pour, contre, abstention ou blocage.")
                        .withPoll(poll), 1);

        assertThat(connector.deliver(ballot)).isInstanceOf(DeliveryResult.Sent.class);
        MimeMessage mail = awaitMailTo("ana@example.org", 1);
        assertThat(mail.getSubject()).isEqualTo("Vote 12 : Ouvrir le café le dimanche ?");
        assertThat(header(mail, "List-Unsubscribe")).isNull();
        String replyTo = ((InternetAddress) mail.getReplyTo()[0]).getAddress();
        assertThat(replyTo).matches(TOKEN_ADDRESS.pattern()).startsWith("bot+v.");
        assertThat(part(mail, "text/plain")).contains("« /vote 12 »").contains("(par exemple : « pour »)");
        connector.deliver(new Outbound(9, ballot.destination(), ballot.content(), 2));
        assertThat(((InternetAddress) awaitMailTo("ana@example.org", 2).getReplyTo()[0]).getAddress()).isEqualTo(replyTo);

        MailLab.send(greenMail, MailLab.mail("ana@example.org", replyTo, "Re: Vote 12 : Ouvrir le café le dimanche ?",
                "Pour\n\nLe lun. 4 mars 2024 à 10:00, La Tresse <bot@tresse.test> a écrit :\n> Sondage 12\n> contre\n"));
        // someone holding the ballot answers from another address: the ballot's owner votes
        MailLab.send(greenMail, MailLab.mail("ana.pro@example.org", replyTo, "Re: Vote 12",
                "\r\n> previous answer\r\ncontre, finalement\r\n\r\nOn Mon, Mar 4, 2024 at 10:00 AM La Tresse"
                        + " <bot@tresse.test> wrote:\r\n> Sondage 12\r\n"));

        Inbound french = awaitInbound(1);
        assertThat(french.text()).contains("/vote 12 Pour");
        assertThat(french.sender()).isEqualTo(new Identity("email", "ana@example.org"));
        assertThat(french.room()).isEqualTo("ana@example.org");
        assertThat(french.verified()).isTrue();
        Inbound english = awaitInbound(2);
        assertThat(english.text()).contains("/vote 12 contre, finalement");
        assertThat(english.sender()).isEqualTo(new Identity("email", "ana@example.org"));
        assertThat(english.verified()).isTrue();
    }

    @Test
    void an_expired_ballot_still_goes_to_the_core_and_an_unknown_token_is_an_ordinary_mail() throws Exception {
        start(MailLab.options(greenMail));
        PollPresentation poll = new PollPresentation("13", "Peinture ?", List.of("Bleu", "Vert"),
                PollPresentation.Kind.SINGLE, 1, false, false, clock.instant().plus(Duration.ofHours(1)), false);
        connector.deliver(toAna(10, Content.notice("Sondage 13").withPoll(poll)));
        String replyTo = ((InternetAddress) awaitMailTo("ana@example.org", 1).getReplyTo()[0]).getAddress();
        clock.advance(Duration.ofHours(2));

        MailLab.send(greenMail, MailLab.mail("ana@example.org", replyTo, "Re: Vote 13", "2"));
        MailLab.send(greenMail, MailLab.mail("ana@example.org", "bot+v.aaaaaaaaaaaaaaaa@tresse.test", "Re: Vote 13", "1"));

        Inbound expired = awaitInbound(1);
        assertThat(expired.text()).contains("/vote 13 2");
        assertThat(expired.verified()).isTrue();
        Inbound unknown = awaitInbound(2);
        assertThat(unknown.text()).contains("/aide vote");
        assertThat(unknown.verified()).isFalse();

        PollPresentation closed = new PollPresentation("13", "Peinture ?", List.of("Bleu", "Vert"),
                PollPresentation.Kind.SINGLE, 1, false, false, poll.closesAt(), true);
        connector.deliver(toAna(11, Content.notice("Sondage 13 clos : Vert l'emporte").withPoll(closed)));
        MimeMessage result = awaitMailTo("ana@example.org", 2);
        assertThat(((InternetAddress) result.getReplyTo()[0]).getAddress()).isEqualTo(MailLab.BOT);
        assertThat(header(result, "List-Unsubscribe")).isNull();
        assertThat(part(result, "text/plain")).doesNotContain("/vote");
    }

    @Test
    void a_reply_to_a_buttons_address_presses_it_verified() throws Exception {
        start(MailLab.options(greenMail));
        Content question = Content.notice("Venez-vous samedi ?").withButtons(List.of(
                List.of(new Button("Oui", "rsvp:1:oui")), List.of(new Button("Non", "rsvp:1:non"))));
        connector.deliver(toAna(50, question));
        connector.deliver(toAna(51, Content.notice("Confirmez-vous ?").withButtons(List.of(List.of(new Button("Oui", "c:x"))))));

        String choices = part(awaitMailTo("ana@example.org", 1), "text/plain");
        Matcher no = Pattern.compile("Non : (" + TOKEN_ADDRESS.pattern() + ")").matcher(choices);
        assertThat(no.find()).isTrue();
        assertThat(no.group(2)).isEqualTo("a");
        String single = ((InternetAddress) awaitMailTo("ana@example.org", 2).getReplyTo()[0]).getAddress();
        assertThat(single).matches(TOKEN_ADDRESS.pattern()).startsWith("bot+a.");

        MailLab.send(greenMail, MailLab.mail("ana.pro@example.org", no.group(1), "Non", ""));
        MailLab.send(greenMail, MailLab.mail("ana@example.org", single, "Re: Confirmez-vous ?", "Oui !\n\n-- \nAna"));
        assertThat(awaitInbound(1).payload()).isEqualTo(new Payload.ButtonPress("rsvp:1:non"));
        assertThat(sink.received().get(0).sender()).isEqualTo(new Identity("email", "ana@example.org"));
        assertThat(sink.received().get(0).verified()).isTrue();
        assertThat(awaitInbound(2).payload()).isEqualTo(new Payload.ButtonPress("c:x"));
        // what says anything but yes presses nothing: the core answers how to press
        MailLab.send(greenMail, MailLab.mail("ana@example.org", single, "Re: Confirmez-vous ?", "non merci"));
        assertThat(awaitInbound(3).payload()).isEqualTo(new Payload.UnclearPress());
        assertThat(sink.received().get(2).sender()).isEqualTo(new Identity("email", "ana@example.org"));
    }

    @Test
    void a_buttons_label_a_member_wrote_is_no_link_nor_formatting_in_the_mail() throws Exception {
        start(MailLab.options(greenMail));
        connector.deliver(toAna(52, Content.notice("Quel jour ?").withButtons(List.of(
                List.of(new Button("1. [lundi](http://evil.example)", "v:3:1")), List.of(new Button("2. *mardi*", "v:3:2"))))));

        MimeMessage mail = awaitMailTo("ana@example.org", 1);
        assertThat(part(mail, "text/html")).contains("<li>1. [lundi](http://evil.example) : ", "<li>2. *mardi* : ")
                .doesNotContain("href=\"http://evil.example", "<em>mardi</em>");
        assertThat(part(mail, "text/plain")).contains("• 1. [lundi](http://evil.example) : ", "• 2. *mardi* : ");
    }

    @Test
    void three_hard_bounces_to_a_return_path_suspend_newsletters_to_its_address_but_not_replies() throws Exception {
        start(MailLab.options(greenMail));
        Outbound newsletter = new Outbound(21, new Destination.Direct("email", "marc@example.org"),
                Content.broadcast("Les nouvelles du mois"), 1);
        assertThat(connector.deliver(newsletter)).isInstanceOf(DeliveryResult.Sent.class);
        String returnPath = header(awaitMailTo("marc@example.org", 1), "Return-Path").replaceAll("[<>]", "");

        for (int index = 1; index <= 3; index++) {
            MailLab.send(greenMail, MailLab.dsn("<dsn." + index + "@mx.example.org>", returnPath, "marc@example.org", "5.1.1"));
        }
        MailLab.send(greenMail, MailLab.dsn("<dsn.1@mx.example.org>", returnPath, "marc@example.org", "5.1.1"));
        MailLab.send(greenMail, MailLab.dsn("<dsn.soft@mx.example.org>", returnPath, "marc@example.org", "4.2.2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> connector.bounces().of("marc@example.org")
                .map(BounceRecord::softBounces).orElse(0) == 1);
        BounceRecord record = connector.bounces().of("Marc@Example.org").orElseThrow();
        assertThat(record.hardBounces()).isEqualTo(3);
        assertThat(record.suspended()).isTrue();
        assertThat(record.lastStatus()).isEqualTo("4.2.2");
        assertThat(connector.bounces().suspended()).extracting(BounceRecord::address).containsExactly("marc@example.org");
        assertThat(sink.received()).isEmpty();

        assertThat(connector.deliver(new Outbound(22, newsletter.destination(), newsletter.content(), 1)))
                .isEqualTo(new DeliveryResult.Permanent(Reason.ADDRESS_SUSPENDED));
        assertThat(connector.deliver(new Outbound(23, newsletter.destination(),
                Content.notice("Réponse").replyingTo("<m1@example.org>"), 1))).isInstanceOf(DeliveryResult.Sent.class);
        List<Suspensions.Suspended> listed = db.database().inTransaction(handle -> connector.bounces().suspended(handle));
        assertThat(listed).extracting(Suspensions.Suspended::address, Suspensions.Suspended::failures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("marc@example.org", 3));
        boolean lifted = db.database().inTransaction(handle -> connector.bounces().lift(handle, "Marc@Example.org"));
        assertThat(lifted).isTrue();
        assertThat(connector.bounces().isSuspended("marc@example.org")).isFalse();
        boolean again = db.database().inTransaction(handle -> connector.bounces().lift(handle, "marc@example.org"));
        assertThat(again).isFalse();
    }

    @Test
    void smtp_4xx_is_transient_5xx_permanent_and_no_server_transient() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer("451 4.3.0 try again later")) {
            EmailOptions options = MailLab.options(server.port(), greenMail.getImap().getPort());
            connector = new EmailConnector(options, db.database(), clock);
            Outbound reply = toAna(30, Content.notice("Bonjour").replyingTo("<x@example.org>"));

            assertThat(connector.deliver(reply)).isEqualTo(new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, 451)));
            server.answerRecipientsWith("550 5.1.1 no such user");
            DeliveryResult refused = connector.deliver(reply);
            // the SMTP code, never the server's words (they may name the address)
            assertThat(refused).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.ADDRESS_REFUSED, 550)));
            assertThat(((DeliveryResult.Permanent) refused).reason().stored()).isEqualTo("address-refused:550");
            server.answerRecipientsWith("250 OK");
            assertThat(connector.deliver(reply)).isInstanceOf(DeliveryResult.Sent.class);
        }
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        connector.stop();
        connector = new EmailConnector(MailLab.options(closedPort, greenMail.getImap().getPort()), db.database(), clock);
        assertThat(connector.deliver(toAna(31, Content.notice("Bonjour")))).isEqualTo(new DeliveryResult.Transient(Reason.NETWORK));
        assertThat(connector.deliver(new Outbound(32, new Destination.Direct("email", "pas une adresse"),
                Content.notice("x"), 1))).isEqualTo(new DeliveryResult.Permanent(Reason.BAD_ADDRESS));
    }
}
