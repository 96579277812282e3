package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {
    @Test
    void readsTheUsualUnits() {
        assertThat(Rate.parse("30/s")).isEqualTo(new Rate(30, Duration.ofSeconds(1)));
        assertThat(Rate.parse("20/min")).isEqualTo(new Rate(20, Duration.ofMinutes(1)));
        assertThat(Rate.parse("3600/h")).isEqualTo(new Rate(3600, Duration.ofHours(1)));
        assertThat(Rate.parse(" 100 / d ")).isEqualTo(new Rate(100, Duration.ofDays(1)));
        assertThat(Rate.parse("5/10s")).isEqualTo(new Rate(5, Duration.ofSeconds(10)));
    }

    @Test
    void writesItselfBackTheWayItIsRead() {
        for (String text : new String[] {"30/s", "1/s", "20/min", "3600/h", "100/d", "5/10s", "7/90m"}) {
            assertThat(Rate.parse(text).toString()).isEqualTo(text);
            assertThat(Rate.parse(Rate.parse(text).toString())).isEqualTo(Rate.parse(text));
        }
        assertThat(new Rate(3, Duration.ofSeconds(60))).hasToString("3/min");
    }

    @Test
    void givesTheIntervalBetweenTwoMessages() {
        assertThat(Rate.parse("20/min").interval()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void refusesWhatIsNotARate() {
        assertThatThrownBy(() -> Rate.parse("30 par seconde"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("0/s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("30/semaine")).isInstanceOf(IllegalArgumentException.class);
    }
}
