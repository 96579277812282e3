package org.tresse.commands;

import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/** A {@link TestTresse} that speaks every command of Tresse, with all their texts. */
public final class WithCommands {
    private WithCommands() {}

    public static TestTresse.Builder tresse(Database database) {
        return TestTresse.on(database)
                .bundles(TresseCommands.BUNDLES.toArray(String[]::new))
                .handler(TresseCommands::router);
    }
}
