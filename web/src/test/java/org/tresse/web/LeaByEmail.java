package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;

/**
 * The village of the tests on links that mails carry: ana on the console (the first person, an
 * admin), Léa a member who writes by email, her mailbox emptied.
 */
final class LeaByEmail implements BeforeEachCallback, AfterEachCallback {
    static final String LEA = "lea@example.org";

    private final TestDatabase db;
    private WebVillage village;

    /** Register this after {@code db} ({@code @Order}): the village starts on it before each test. */
    LeaByEmail(TestDatabase db) {
        this.db = db;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        village = WebVillage.start(db.database());
        console().say("ana", "/moi");
        email().say(LEA, "/moi");
        village.membersByEmail(LEA);
        email().clear();
    }

    WebVillage village() {
        return village;
    }

    MemoryChannel console() {
        return village.console();
    }

    MemoryChannel email() {
        return village.channel("email");
    }

    /** The link {@code pattern} finds in {@code mail}: it must be there. */
    static Matcher link(Pattern pattern, Delivered mail) {
        Matcher link = pattern.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        return link;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (village != null) {
            village.close();
        }
    }
}
