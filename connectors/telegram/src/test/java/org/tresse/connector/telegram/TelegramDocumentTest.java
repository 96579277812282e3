package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A report's PDF goes as a Telegram document: sendDocument in multipart/form-data, the same bytes, captioned. */
@StoreTest
class TelegramDocumentTest {
    private static final Destination.Direct ANA = new Destination.Direct("telegram", "1111111");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final byte[] pdf = new byte[300_000];
    private FakeBotApi server;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        new Random(7).nextBytes(pdf);
        // every byte value, CR LF and what looks like a boundary inside the file: the form must keep them all
        byte[] tricky = "\r\n--tresse-\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(tricky, 0, pdf, 1000, tricky.length);
        server = FakeBotApi.start();
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        server.close();
    }

    private Content report(String text) {
        return Content.notice(text).withAttachments(List.of(Attachment.file("rapport-2024-03-01-2024-06-30.pdf", "application/pdf",
                pdf, "Le rapport est prêt : https://tresse.example/impressions/r")));
    }

    @Test
    void a_short_text_is_the_caption_of_one_document_with_the_same_bytes() {
        assertThat(connector.capabilities().can(ChannelCapabilities.Ability.FILES)).isTrue();

        DeliveryResult result = connector.deliver(new Outbound(1, ANA, report("Voici le **rapport**, en pièce jointe."), 1));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(server.calls("sendMessage")).isEmpty();
        JsonNode form = server.calls("sendDocument").get(0).body();
        assertThat(form.path("chat_id").asText()).isEqualTo("1111111");
        assertThat(form.path("caption").asText()).isEqualTo("Voici le <b>rapport</b>, en pièce jointe.");
        assertThat(form.path("parse_mode").asText()).isEqualTo("HTML");
        FakeBotApi.Upload upload = server.uploads().get(0);
        assertThat(upload.method()).isEqualTo("sendDocument");
        assertThat(upload.file().field()).isEqualTo("document");
        assertThat(upload.file().fileName()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        assertThat(upload.file().contentType()).isEqualTo("application/pdf");
        assertThat(upload.file().bytes()).isEqualTo(pdf);
    }

    @Test
    void a_text_longer_than_a_caption_follows_the_document() {
        String minutes = "Compte rendu de la réunion du 5 mars. " + "Point suivant. ".repeat(100);

        DeliveryResult result = connector.deliver(new Outbound(2, ANA, report(minutes), 1));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(server.calls()).extracting(FakeBotApi.Call::method).containsExactly("sendDocument", "sendMessage");
        assertThat(server.calls("sendDocument").get(0).body().has("caption")).isFalse();
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).startsWith("Compte rendu de la réunion");
    }

    @Test
    void a_file_too_large_for_telegram_is_refused_before_anything_is_sent() {
        server.respondOnce("sendDocument", 413, FakeBotApi.error(413, "Request Entity Too Large"));

        DeliveryResult result = connector.deliver(new Outbound(3, ANA, report("Voici le rapport."), 1));

        assertThat(result).isInstanceOf(DeliveryResult.FileRefused.class);
        assertThat(server.calls("sendMessage")).isEmpty();
    }
}
