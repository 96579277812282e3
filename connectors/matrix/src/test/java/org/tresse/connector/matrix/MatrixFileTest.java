package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Fault;
import org.tresse.connector.matrix.homeserver.Sent;
import org.tresse.connector.matrix.homeserver.Uploads;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;

/**
 * A report's PDF in a Matrix room: uploaded to the content repository ({@code POST /_matrix/media/v3/upload}
 * with its type and name), then an {@code m.file} event pointing at the {@code mxc://} URI, after the text;
 * the test homeserver checks both against the specification. A file the server finds too large is refused
 * before anything is sent.
 */
class MatrixFileTest extends MatrixTestBase {
    private static final Destination.Room CAFE_ROOM = new Destination.Room("matrix", CAFE, RoomKind.GROUP);
    private final byte[] pdf = new byte[200_000];
    private MatrixConnector connector;

    @BeforeEach
    void joinTheCafe() {
        new Random(5).nextBytes(pdf);
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        connector = started(CAFE);
    }

    private Content report() {
        return Content.notice("Voici le **rapport**, en pièce jointe.").withAttachments(List.of(Attachment.file(
                "rapport-2024-03-01-2024-06-30.pdf", "application/pdf", pdf, "Le rapport est prêt : https://tresse.example/impressions/r")));
    }

    @Test
    void the_file_is_uploaded_with_its_type_and_name_then_sent_as_m_file_after_the_text() {
        assertThat(connector.capabilities().can(ChannelCapabilities.Ability.FILES)).isTrue();

        DeliveryResult result = connector.deliver(new Outbound(9, CAFE_ROOM, report(), 1));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        Uploads.Upload upload = homeserver.uploads().received().get(0);
        assertThat(upload.contentType()).isEqualTo("application/pdf");
        assertThat(upload.fileName()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        assertThat(upload.bytes()).isEqualTo(pdf);
        List<Sent> sent = homeserver.sent();
        assertThat(sent).extracting(Sent::txnId).containsExactly("tresse-9", "tresse-9-file");
        assertThat(sent.get(0).content().path("body").asText()).isEqualTo("Voici le rapport, en pièce jointe.");
        JsonNode file = sent.get(1).content();
        assertThat(file.path("msgtype").asText()).isEqualTo("m.file");
        assertThat(file.path("body").asText()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        assertThat(file.path("filename").asText()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        assertThat(file.path("url").asText()).isEqualTo(upload.contentUri());
        assertThat(file.path("info").path("mimetype").asText()).isEqualTo("application/pdf");
        assertThat(file.path("info").path("size").asInt()).isEqualTo(pdf.length);
        assertThat(homeserver.requests()).anySatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.rawPath()).isEqualTo("/_matrix/media/v3/upload");
            assertThat(request.authorization()).startsWith("Bearer ");
        });
    }

    @Test
    void a_retry_sends_neither_the_text_nor_the_file_twice() {
        homeserver.failSends(Fault.serverError());
        Outbound first = new Outbound(10, CAFE_ROOM, report(), 1);

        DeliveryResult failed = connector.deliver(first);
        DeliveryResult retried = connector.deliver(new Outbound(10, CAFE_ROOM, report(), 2));

        assertThat(failed).isInstanceOf(DeliveryResult.Transient.class);
        assertThat(retried).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(homeserver.sent()).extracting(Sent::txnId).containsExactly("tresse-10", "tresse-10-file");
    }

    @Test
    void a_file_too_large_for_the_homeserver_is_refused_before_anything_is_sent() {
        homeserver.uploads().fail(new Fault(413, "M_TOO_LARGE", null, false));

        DeliveryResult result = connector.deliver(new Outbound(11, CAFE_ROOM, report(), 1));

        assertThat(result).isInstanceOf(DeliveryResult.FileRefused.class);
        assertThat(homeserver.sent()).isEmpty();
    }
}
