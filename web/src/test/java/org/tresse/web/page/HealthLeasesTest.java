package org.tresse.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.lease.DatabaseLeases;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.http.WebRequest;

/** Issue 18: {@code /sante} of any instance says which instance holds which duty, never the account. */
@StoreTest
class HealthLeasesTest {
    private static final String MAILBOX = "intake:email:bot@mairie-lalbenque.test@imap.mairie-lalbenque.test";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void the_health_page_of_a_standby_instance_names_the_holder_and_then_itself_after_a_takeover() {
        Database other = db.reopen();
        DatabaseLeases first = leases(db.database(), "tresse-1");
        DatabaseLeases second = leases(other, "tresse-2");
        first.lease(MAILBOX);
        second.lease(MAILBOX);
        first.round();
        second.round();
        HealthPage page = new HealthPage(other, () -> List.of("email"), second, Clock.systemUTC());

        assertThat(health(page)).contains("\"instance\":\"tresse-2\"")
                .contains("\"leases\":[{\"duty\":\"intake:email\",\"holder\":\"tresse-1\",\"term\":1}]")
                .doesNotContain("mairie").doesNotContain("@");

        first.stop();
        assertThat(health(page)).as("given back: nobody holds it").contains("{\"duty\":\"intake:email\",\"holder\":null,\"term\":1}");
        second.round();
        assertThat(health(page)).contains("{\"duty\":\"intake:email\",\"holder\":\"tresse-2\",\"term\":2}");
        second.stop();
        other.close();
    }

    private static DatabaseLeases leases(Database database, String instance) {
        return new DatabaseLeases(database, Clock.systemUTC(), new LeaseSettings(instance, Duration.ofSeconds(15)));
    }

    private static String health(HealthPage page) {
        return page.show(new WebRequest("GET", "/sante", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), "127.0.0.1")).text();
    }
}
