package org.tresse.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tresse.commands.decision.DayWords;
import org.tresse.config.TresseConfig;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.print.PrintTexts;

/**
 * What {@code tresse rapport} and {@code tresse affiche} share: the configuration, the data
 * directory's lock (Tresse must be stopped), the database, the texts in the association's
 * language, and refusals said in words. Exit codes: 0 written, 1 configuration, 2 bad request,
 * 3 Tresse is running.
 */
final class PrintCommandLine {
    private PrintCommandLine() {}

    @SuppressWarnings("try") // the lock is held, unread, for as long as the file is written
    static int run(Path configFile, Optional<String> site, BiFunction<PrintWiring, Handle, Path> work) {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(configFile);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig config = loaded.get().config();
        Texts texts = PrintTexts.in(Language.parse(config.association().language().code()).orElse(Language.FR));
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(config.storage().url());
        try (DataDirectoryLock lock = dataDirectory.isPresent() ? DataDirectoryLock.acquire(dataDirectory.get()) : null;
             Database database = Database.open(config.storage().url(), config.storage().user(), config.storage().password(),
                     ConnectorWiring.migrations(config))) {
            Assembly assembly = Assembly.of(config, database, Clock.systemUTC(), null, () -> {}, site);
            texts = assembly.core().i18n().texts(null);
            PrintWiring printing = assembly.print();
            Path written = database.inTransaction(handle -> work.apply(printing, handle));
            System.out.println(texts.get("impression.ecrit", written, (Files.size(written) + 1023) / 1024));
            return 0;
        } catch (UserError refusal) {
            System.err.println(texts.get(refusal.key(), refusal.arguments()));
            return 2;
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(texts.get("impression.tresse.lance", e.directory()));
            return 3;
        } catch (IOException e) {
            System.err.println(texts.get("impression.ecriture", dataDirectory.orElse(Path.of("."))));
            return 4;
        }
    }

    /** A day as typed after {@code --du} or {@code --au}, or a refusal. */
    static LocalDate day(String option, String text, LocalDate today) {
        return DayWords.parse(text, today).orElseThrow(() -> new UserError("rapport.date", option, text));
    }
}
