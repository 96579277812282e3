package org.tresse.commands.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tresse.commands.CommandRouter;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.AroundRouter;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.feature.Feature;
import org.tresse.core.feature.Installation;

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
        return new Assembled(core, features, core.engine(handler(core.installation())));
    }

    /**
     * The command router made from what was installed, inside every {@link AroundRouter}
     * contributed: the last installed outermost (the web's own intake sees its forms first).
     */
    public static MessageHandler handler(Installation installation) {
        MessageHandler handler = CommandRouter.of(installation);
        for (AroundRouter around : installation.all(AroundRouter.AROUND)) {
            handler = around.around(handler);
        }
        return handler;
    }
}
