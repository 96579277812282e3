package org.tresse.web.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tresse.core.message.Content;

/** The answers to a form, handed from the delivery thread to the request waiting for them. */
final class Mailbox {
    private final Map<String, List<Content>> waiting = new ConcurrentHashMap<>();

    void open(String room) {
        waiting.put(room, new ArrayList<>());
    }

    /** False when nobody waits for this room (the request gave up, or it is an old room). */
    boolean offer(String room, Content content) {
        List<Content> box = waiting.get(room);
        if (box == null) {
            return false;
        }
        synchronized (box) {
            box.add(content);
            box.notifyAll();
        }
        return true;
    }

    /** Waits up to {@code timeout} for a first answer, then takes what has come. */
    List<Content> await(String room, Duration timeout) throws InterruptedException {
        List<Content> box = waiting.get(room);
        if (box == null) {
            return List.of();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (box) {
            while (box.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                box.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(box);
        }
    }

    void close(String room) {
        waiting.remove(room);
    }

    void clear() {
        waiting.clear();
    }
}
