package org.tresse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tresse.core.CoreServices;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * The engine the engine's tests talk to: its one handler notes each text in table {@code note} and
 * answers "noted …", then misbehaves on some words: {@code refuse} (a {@link UserError}),
 * {@code crash} (an exception with a secret in its text), {@code overflow} (a stack overflow),
 * {@code hold} (says so on {@link #holding}, then waits for {@link #release}).
 */
final class NotingEngine implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<Database> opened;
    Database database;
    CoreServices core;
    Engine engine;
    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    /** @param opened the test's database, opened before each test (register this after it, with {@code @Order}) */
    NotingEngine(Supplier<Database> opened) {
        this.opened = opened;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database = opened.get();
        core = CoreServices.create(database, Clock.systemUTC(),
                new CoreServices.Settings(ZoneId.of("Europe/Paris"), Language.FR, "console", Backoff.DEFAULT, Duration.ofSeconds(1)));
        core.installation().install(List.of());
        database.useTransaction(handle -> handle.update("create table note (text varchar(100))"));
        engine = core.engine(conversation -> {
            String text = conversation.inbound().text().orElse("");
            conversation.handle().update("insert into note (text) values (?)", text);
            conversation.reply("noted " + text);
            switch (text) {
                case "refuse" -> throw new UserError("erreur.trop.long", 1, 2);
                case "crash" -> throw new IllegalStateException("secret internal detail");
                case "overflow" -> recurse(0);
                case "hold" -> awaitRelease();
                default -> { }
            }
        });
    }

    long count(String sql) {
        return database.inTransaction(handle -> handle.count(sql));
    }

    /** The texts the handler noted (and committed). */
    List<String> notes() {
        return database.inTransaction(handle -> handle.list("select text from note", row -> row.getString(1)));
    }

    /** The texts waiting in the outbox for Telegram: the answers. */
    List<String> outboxTexts() {
        return database.inTransaction(handle -> core.outbox().pending(handle, "telegram", 20)).stream()
                .map(row -> row.outbound().content().text()).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
    }

    private void awaitRelease() {
        holding.countDown();
        try {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
