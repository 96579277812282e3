package org.tresse.connector.matrix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyFallbackTest {

    @Test
    void removesTheQuotedFallbackOfAReply() {
        assertThat(ReplyFallback.strip("> <@ana:example.org> /sondage ?\n> suite\n\n/vote 12 1")).isEqualTo("/vote 12 1");
        assertThat(ReplyFallback.strip("> <@ana:example.org> bonjour\n/aide")).isEqualTo("/aide");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(ReplyFallback.strip("/aide")).isEqualTo("/aide");
        assertThat(ReplyFallback.strip("avant\n> citation")).isEqualTo("avant\n> citation");
        assertThat(ReplyFallback.strip("> seulement une citation")).isEmpty();
    }
}
