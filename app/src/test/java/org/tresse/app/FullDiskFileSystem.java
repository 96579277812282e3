package org.tresse.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:/path}) whose disk is full while a marker file named
 * {@code disk-full} exists beside the database: every write then fails as the kernel's would.
 */
public final class FullDiskFileSystem extends FilePathWrapper {
    static final String MARKER = "disk-full";

    public FullDiskFileSystem() {
        // H2 makes one per path, by reflection
    }

    static void register() {
        FilePath.register(new FullDiskFileSystem());
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), Path.of(getBase().toString()).getParent().resolve(MARKER));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;
        private final Path marker;

        Channel(FileChannel base, Path marker) {
            this.base = base;
            this.marker = marker;
        }

        private void room() throws IOException {
            if (Files.exists(marker)) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            room();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            room();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            room();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
