package org.tresse.app;

import java.util.ResourceBundle;
import org.tresse.core.i18n.Language;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The version written in the jar's manifest at build time; a build from the sources says so, in the help's language. */
public final class VersionProvider implements IVersionProvider {
    static final String DEVELOPMENT = "version.developpement";

    /** The command asking, whose resource bundle is in the help's language (picocli injects it). */
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Tresse " + (version != null ? version : development())};
    }

    private String development() {
        ResourceBundle bundle = spec == null ? null : spec.resourceBundle();
        if (bundle == null || !bundle.containsKey(DEVELOPMENT)) {
            bundle = HelpLanguage.bundle(Language.FR);
        }
        return bundle.getString(DEVELOPMENT);
    }
}
