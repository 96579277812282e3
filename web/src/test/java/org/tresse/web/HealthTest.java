package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.channel.Contacts;

/**
 * {@code /sante} tells a channel in trouble from a web answer nobody can receive: a visitor has
 * no channel to be written to, so what the web could not hand on is counted, never "failing".
 */
@StoreTest
class HealthTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private WebClient visitor;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        visitor = new WebClient(village.base());
        console = village.console();
        console.say("ana", "/moi");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void anAnswerNoVisitorCanReceiveLeavesTheWebUpAndTheServiceOk() {
        visitor.get("/avis");
        visitor.post("/avis", Map.of("texte", "Quand ouvre le café ?", "adresse", "dede@example.org"));
        long voice = village.count("select id from voice where text = 'Quand ouvre le café ?' and channel = 'web'");
        // six months later the visitor's address is forgotten (as the web channel does at each start)
        village.advance(Contacts.RETENTION.plusDays(1));
        village.core().database().useTransaction(new Contacts(village.core().clock())::purge);
        console.say("ana", "/repondre " + voice + " Le café ouvre à 9h.");
        village.deliverAll();
        assertThat(village.count("select count(*) from outbox where channel = 'web' and status = 'FAILED'"))
                .as("the answer has nobody to go to: the address was forgotten").isEqualTo(1);

        String health = visitor.get("/sante").body();

        assertThat(health).startsWith("{\"status\":\"ok\",")
                .contains("{\"name\":\"web\",\"state\":\"up\",\"pending\":0,\"oldestPendingSeconds\":0,\"failedLastHour\":0,"
                        + "\"sentLastHour\":0,\"unreachedLastHour\":1}")
                .doesNotContain("dede").doesNotContain("@");
    }

    @Test
    void aChannelWhoseSendsFailIsStillFailing() {
        MemoryChannel telegram = village.channel("telegram");
        telegram.behave(outbound -> new DeliveryResult.Permanent(DeliveryFailure.Reason.BLOCKED));
        telegram.say("bea", "/aide");
        village.deliverAll();

        HttpResponse<String> health = visitor.get("/sante");

        assertThat(health.body()).startsWith("{\"status\":\"degraded\",")
                .contains("{\"name\":\"telegram\",\"state\":\"failing\"").doesNotContain("blocked");
    }
}
