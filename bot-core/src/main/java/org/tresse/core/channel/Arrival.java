package org.tresse.core.channel;

import java.util.function.Consumer;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.Handle;

/**
 * One event of a batch handed to {@link InboundSink#receiveAll}: the event, and the connector's own
 * bookkeeping for it, written in the same transaction (see {@link InboundSink#receive(Inbound, Consumer)}).
 */
public record Arrival(Inbound inbound, Consumer<Handle> alongside) {
    public Arrival {
        java.util.Objects.requireNonNull(inbound, "inbound");
        alongside = alongside == null ? handle -> {} : alongside;
    }
}
