package org.tresse.core.outbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.outbox.OutboxRow;

/**
 * What a connector answered for rows whose result could not be written (the database went away
 * between the send and its record): written before anything else is looked at, so a message already
 * sent is not sent again while Tresse runs. A crash in that window still sends it again: the row is
 * all the store knows.
 */
final class UnrecordedResults {
    private record Kept(OutboxRow row, DeliveryResult result) {
    }

    private final Map<Long, Kept> kept = new LinkedHashMap<>();

    synchronized void keep(OutboxRow row, DeliveryResult result) {
        kept.put(row.outbound().id(), new Kept(row, result));
    }

    synchronized boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Writes each kept result with {@code record}, oldest first; the first that fails again stops it (thrown). */
    void recordAll(BiConsumer<OutboxRow, DeliveryResult> record) {
        List<Kept> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(kept.values());
        }
        for (Kept result : waiting) {
            record.accept(result.row(), result.result());
            synchronized (this) {
                kept.remove(result.row().outbound().id());
            }
        }
    }
}
