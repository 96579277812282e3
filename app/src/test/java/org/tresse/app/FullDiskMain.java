package org.tresse.app;

/** {@code tresse} with the {@code fulldisk:} H2 file system known, for {@link DiskFullTest}'s separate JVM. */
public final class FullDiskMain {
    private FullDiskMain() {}

    public static void main(String[] args) {
        FullDiskFileSystem.register();
        Main.main(args);
    }
}
