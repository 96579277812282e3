package org.tresse.connector.matrix.homeserver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The test homeserver's content repository: what {@code POST /_matrix/media/v3/upload} received, and the faults to give. */
public final class Uploads {
    /** One file received: its type, its name, its bytes, and the {@code mxc://} URI given for it. */
    public record Upload(String contentType, String fileName, byte[] bytes, String contentUri) {}

    private final List<Upload> received = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    /** The next uploads fail this way, one fault per upload. */
    public synchronized void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    public List<Upload> received() {
        return List.copyOf(received);
    }

    /** Stores the file and gives its URI, or the fault to answer. */
    synchronized Object receive(String contentType, String fileName, byte[] bytes) {
        Fault fault = faults.poll();
        if (fault != null) {
            return fault;
        }
        String uri = "mxc://example.org/upload" + ids.incrementAndGet();
        received.add(new Upload(contentType, fileName, bytes, uri));
        return uri;
    }
}
