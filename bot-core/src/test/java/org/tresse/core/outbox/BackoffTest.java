package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void waits_double_up_to_the_maximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 10);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofSeconds(30));
    }
}
