package org.tresse.core.outbox;

import java.time.Instant;
import org.tresse.core.channel.Outbound;

/** An outbox row as the delivery workers and reports see it. */
public record OutboxRow(
        Outbound outbound,
        String correlation,
        OutboxStatus status,
        int attempts,
        Instant notBefore,
        String remoteId,
        String lastError) {}
