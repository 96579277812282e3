package org.tresse.app;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Tresse " + (version == null ? "(development build)" : version)};
    }
}
