package org.tresse.web.http.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body as it arrives, holding no thread while the client is slow: a body trickled
 * at the minimum data rate would otherwise keep one of the few request threads for minutes, and a
 * handful of such clients would take the whole site down. Once the body is whole (or refused),
 * {@code then} runs on a thread of the server's pool, where the handler may block.
 */
final class BodyReader implements Runnable {
    /** How much of a refused body is still read (and dropped) so the client is sure to get the 413 page. */
    static final long DRAINED_AT_MOST = 1024 * 1024;

    /** A body as read: its bytes, or the status of the refusal (413 too large, 400 broken off). */
    record Body(byte[] bytes, int refusal) {
        boolean refused() {
            return refusal != 0;
        }
    }

    private final Request request;
    private final int max;
    private final Consumer<Body> then;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean tooLarge;
    private long dropped;

    BodyReader(Request request, int max, Consumer<Body> then) {
        this.request = request;
        this.max = max;
        this.then = then;
        this.tooLarge = request.getLength() > max;
    }

    /** Reads what has come; asks to be called again when more comes (a plain Runnable: Jetty calls it on its pool). */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                then.accept(new Body(new byte[0], 400));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            int size = buffer.remaining();
            if (!tooLarge && kept.size() + size <= max) {
                byte[] bytes = new byte[size];
                buffer.get(bytes);
                kept.write(bytes, 0, size);
            } else {
                // a server that answers and closes while the browser still sends makes it show a reset, not the 413 page
                tooLarge = true;
                dropped += size;
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (last || tooLarge && dropped >= DRAINED_AT_MOST) {
                then.accept(tooLarge ? new Body(new byte[0], 413) : new Body(kept.toByteArray(), 0));
                return;
            }
        }
    }
}
