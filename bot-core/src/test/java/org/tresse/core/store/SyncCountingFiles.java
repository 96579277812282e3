package org.tresse.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files under the prefix {@code syncs:}, every {@code force} (an fsync) counted for the thread
 * that asked: what a commit waited for on the disk, seen at the file, with no hook in Tresse. The
 * database's own tidying thread counts apart.
 */
public final class SyncCountingFiles extends FilePathWrapper {
    private static final ThreadLocal<AtomicLong> SYNCS = ThreadLocal.withInitial(AtomicLong::new);

    static {
        FilePath.register(new SyncCountingFiles());
    }

    /** The JDBC address of the H2 file {@code file} through this file system. */
    public static String url(Path file) {
        return "jdbc:h2:syncs:" + file.toAbsolutePath();
    }

    /** The fsyncs this thread made on such files so far. */
    public static long byThisThread() {
        return SYNCS.get().get();
    }

    @Override
    public String getScheme() {
        return "syncs";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Counted(getBase().open(mode));
    }

    private static final class Counted extends FileBase {
        private final FileChannel channel;

        Counted(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            SYNCS.get().incrementAndGet();
            channel.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return channel.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return channel.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
