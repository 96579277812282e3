package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bot sends to the test homeserver: each (device, room, type, transaction id) stored
 * once, as a homeserver must, and the faults tests inject. Guarded by the homeserver's lock.
 */
final class Sends {
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<String, String> transactions = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();

    void fail(List<Fault> next) {
        faults.addAll(next);
    }

    /** The event id, or the fault to answer (after storing the event when the fault says so). */
    Object send(RoomStream stream, ObjectNode event, String device, String roomId, String txnId) {
        Fault fault = faults.poll();
        if (fault != null && !fault.afterStoring()) {
            return fault;
        }
        String type = event.path("type").asText();
        String key = device + " " + roomId + " " + type + " " + txnId;
        String eventId = transactions.get(key);
        if (eventId == null) {
            eventId = stream.append(roomId, event, false).event().path("event_id").asText();
            transactions.put(key, eventId);
            sent.add(new Sent(roomId, type, txnId, event.path("content"), eventId));
        }
        return fault != null ? fault : eventId;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    int count() {
        return sent.size();
    }
}
