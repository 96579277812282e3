package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 6, with the real program: 2.6 KB of hashtags once overflowed the stack in the
 * thread reading the console; input stopped and the process never exited. Now it is answered,
 * the next line too, and the end of input ends Tresse.
 */
class PoisonMessageTest {
    @TempDir
    Path directory;

    @Test
    void a_wall_of_hashtags_is_answered_and_the_console_reads_on() throws Exception {
        TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana");
        tresse.type("#t".repeat(1_300));
        tresse.type("/avis " + "#t".repeat(1_300));
        tresse.type("/avis Le banc est cassé " + "#t".repeat(1_300));
        tresse.type("/");
        tresse.type("/moi");
        tresse.endInput();
        assertThat(tresse.process().waitFor(90, TimeUnit.SECONDS)).as("exits at the end of input").isTrue();
        assertThat(tresse.process().exitValue()).isZero();
        assertThat(tresse.output()).noneMatch(line -> line.contains("Erreur interne") || line.contains("Désolé"))
                .anyMatch(line -> line.contains("avis n°1"))
                .anyMatch(line -> line.contains("Une commande s’écrit / suivi de son nom"))
                .anyMatch(line -> line.contains("Vous êtes ana"));
        assertThat(tresse.errors()).noneMatch(line -> line.contains("StackOverflowError"));
    }
}
