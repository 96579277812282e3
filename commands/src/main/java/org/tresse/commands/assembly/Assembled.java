package org.tresse.commands.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tresse.commands.CommandRouter;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.Engine;
import org.tresse.core.feature.Feature;

/**
 * The association's features installed on a spine, and the engine whose handler is the command
 * router made from what they contributed: what the app, the tests and the benchmarks run.
 */
public record Assembled(CoreServices core, Features features, Engine engine) {
    /**
     * Builds the features on {@code core} and installs them, followed by the {@code others} made
     * from them (the web's, the print's…), once. Starts nothing.
     */
    public static Assembled of(CoreServices core, Channels channels, Features.Settings settings,
            Function<Features, List<Feature>> others) {
        Features features = Features.build(core, channels, settings);
        List<Feature> installed = new ArrayList<>(features.all());
        installed.addAll(others.apply(features));
        core.installation().install(installed);
        return new Assembled(core, features, core.engine(CommandRouter.of(core.installation())));
    }
}
