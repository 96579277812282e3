package org.tresse.commands.help;

import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.engine.Conversation;

/** {@code /aide}: the commands this person may use, in their language; {@code /aide sondage}: how to write one. */
public final class HelpCommand {
    private final CommandRouter router;

    public HelpCommand(CommandRouter router) {
        this.router = router;
    }

    public Command command() {
        return Command.named("aide").alias("help").arguments(0, 1).harmlessIfForged().does(this::run);
    }

    private void run(CommandCall call) {
        Conversation conversation = call.conversation();
        if (!call.arguments().isEmpty()) {
            Command command = router.find(call.argument(0))
                    .orElseThrow(() -> call.fail("aide.inconnue", call.argument(0)));
            String names = "/" + String.join(", /", command.allNames());
            conversation.reply(call.t("aide.detail", names, call.t(command.summaryKey()), call.t(command.usageKey())));
            return;
        }
        StringBuilder text = new StringBuilder(call.t("aide.titre"));
        for (Command command : router.commands()) {
            if (conversation.hasRole(command.minimumRole(), Optional.empty())
                    || conversation.hasRole(command.minimumRole(), conversation.roomGroup())) {
                text.append('\n').append(call.t("aide.ligne", "/" + command.name(), call.t(command.summaryKey())));
            }
        }
        text.append("\n\n").append(call.t("aide.fin"));
        conversation.reply(text.toString());
    }
}
