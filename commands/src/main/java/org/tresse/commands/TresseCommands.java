package org.tresse.commands;

import java.util.List;
import org.tresse.commands.announcement.AnnouncementCommands;
import org.tresse.commands.decision.DecisionCommands;
import org.tresse.commands.groups.GroupCommands;
import org.tresse.commands.help.HelpCommand;
import org.tresse.commands.people.PeopleCommands;
import org.tresse.commands.poll.PollCommands;
import org.tresse.commands.print.PrintCommands;
import org.tresse.commands.voice.VoiceCommands;
import org.tresse.core.Core;
import org.tresse.core.poll.SecretBallotKey;

/** Every command of Tresse, registered explicitly. Each feature adds its line here. */
public final class TresseCommands {
    /** The resource bundle of the spine commands' texts. */
    public static final String BUNDLE = "org.tresse.commands.texts";
    /** Every bundle of the commands' texts: each feature adds its own. */
    public static final List<String> BUNDLES = List.of(BUNDLE, VoiceCommands.BUNDLE, AnnouncementCommands.BUNDLE,
            PollCommands.BUNDLE, DecisionCommands.BUNDLE, PrintCommands.BUNDLE);

    private TresseCommands() {}

    /** The commands with their default settings (tests, tools). */
    public static CommandRouter router(Core core) {
        return router(core, CommandSettings.defaults());
    }

    public static CommandRouter router(Core core, CommandSettings settings) {
        CommandRouter router = new CommandRouter();
        router.add(new HelpCommand(router).command());
        router.addAll(new PeopleCommands(core).commands());
        router.addAll(new GroupCommands(core).commands());
        VoiceCommands voices = new VoiceCommands(core, settings.voices());
        voices.install(router);
        new AnnouncementCommands(core, settings.announcements()).install(router);
        new PollCommands(core, SecretBallotKey.inDirectory(settings.dataDirectory()), voices.consultations()).register(router);
        router.addAll(new PrintCommands(settings.printing(), core.zone()).commands());
        return router;
    }
}
