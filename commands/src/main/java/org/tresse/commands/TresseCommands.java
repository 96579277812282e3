package org.tresse.commands;

import java.util.List;
import org.tresse.commands.groups.GroupCommands;
import org.tresse.commands.help.HelpCommand;
import org.tresse.commands.people.PeopleCommands;
import org.tresse.core.Core;

/** Every command of Tresse, registered explicitly. Each feature adds its line here. */
public final class TresseCommands {
    /** The resource bundle of the spine commands' texts. */
    public static final String BUNDLE = "org.tresse.commands.texts";
    /** Every bundle of the commands' texts: each feature adds its own. */
    public static final List<String> BUNDLES = List.of(BUNDLE);

    private TresseCommands() {}

    public static CommandRouter router(Core core) {
        CommandRouter router = new CommandRouter();
        router.add(new HelpCommand(router).command());
        router.addAll(new PeopleCommands(core).commands());
        router.addAll(new GroupCommands(core).commands());
        return router;
    }
}
