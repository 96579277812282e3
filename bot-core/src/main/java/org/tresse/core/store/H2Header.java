package org.tresse.core.store;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * After each commit, the H2 file's store header names the chunk just written, so that the commit is
 * found after a SIGKILL wherever in the file it was written.
 *
 * <p>Why: after an unclean stop, H2 (2.5.252, as its master) starts from the chunk the header names and follows
 * each chunk's guess of where the next one goes ({@code next}); a chunk written elsewhere (into the space
 * of a dead chunk, not where the previous one guessed) is found only at the end of the file. H2 does
 * rewrite the header when a guess fails, but before it counts the new chunk as the last one
 * ({@code RandomAccessStore.writeChunk} runs before {@code FileStore.storeBuffer} sets
 * {@code lastChunk}): the header names the chunk before, whose guess leads nowhere. Opening then takes
 * that older chunk as the newest (its chunks are all still there) and the commits after it are gone.
 * With RETENTION_TIME=1000, 4 kills in 15 of a process committing rows lost acknowledged ones (a file
 * kept row 508 of 509 acknowledged: the header named chunk 0x410, whose guess was block 0x31c; chunks
 * 0x411 to 0x413 lay in freed space at blocks 0xb8, 0x13d, 0x1c5); with the header named after each
 * commit, none in 25. Dead space is reused only after H2's retention time: with its 45 s the newest
 * chunk was nearly always at the end of the file, found there.
 *
 * <p>H2 offers no public way to write its header: this reaches its own private method, under the lock H2
 * itself writes chunks and headers with. When H2's classes do not have these members (another release),
 * {@link #available()} says so and the file keeps H2's long retention time.
 */
final class H2Header {
    private static final Field LAST_CHUNK;
    private static final Field SAVE_LOCK;
    private static final Field HEADER;
    private static final Method WRITE;

    static {
        Field lastChunk = null;
        Field saveLock = null;
        Field header = null;
        Method write = null;
        try {
            lastChunk = accessible(FileStore.class.getDeclaredField("lastChunk"));
            saveLock = accessible(FileStore.class.getDeclaredField("saveChunkLock"));
            header = accessible(FileStore.class.getDeclaredField("storeHeader"));
            write = RandomAccessStore.class.getDeclaredMethod("writeStoreHeader");
            write.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            write = null;
        }
        LAST_CHUNK = lastChunk;
        SAVE_LOCK = saveLock;
        HEADER = header;
        WRITE = write;
    }

    private H2Header() {}

    /** Whether this H2 has what {@link #nameNewest} needs. */
    static boolean available() {
        return WRITE != null;
    }

    /**
     * Writes the store header when it does not name the newest chunk (the file is synced afterwards by
     * the caller). Returns whether it wrote.
     */
    static boolean nameNewest(MVStore store) {
        try {
            return write(store);
        } catch (InvocationTargetException e) {
            // H2's own failure (a write that failed: a full disk, a closed file), as H2 would have thrown it
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("H2's store header could not be written", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("H2's store header could not be written", e);
        }
    }

    private static boolean write(MVStore store) throws IllegalAccessException, InvocationTargetException {
        if (WRITE == null || !(store.getFileStore() instanceof RandomAccessStore file) || file.isReadOnly()) {
            return false;
        }
        ReentrantLock lock = (ReentrantLock) SAVE_LOCK.get(file);
        lock.lock();
        try {
            Chunk<?> last = (Chunk<?>) LAST_CHUNK.get(file);
            if (last == null || store.isClosed()) {
                return false;
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> header = (Map<String, ?>) HEADER.get(file);
            if (DataUtils.readHexLong(header, "version", -1) == last.version && DataUtils.readHexLong(header, "block", -1) == last.block) {
                return false;
            }
            WRITE.invoke(file);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }
}
