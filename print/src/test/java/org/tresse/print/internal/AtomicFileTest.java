package org.tresse.print.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.engine.UserError;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void a_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_file() throws Exception {
        Path target = Files.writeString(folder.resolve("rapport.pdf"), "l’ancien rapport");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("le début du nouveau".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(UserError.class).hasMessage("impression.ecriture");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("le début du nouveau".getBytes());
            throw new IllegalStateException("renderer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("l’ancien rapport");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        AtomicFile.write(target, out -> out.write("le nouveau".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("le nouveau");
    }
}
