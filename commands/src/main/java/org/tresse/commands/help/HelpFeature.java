package org.tresse.commands.help;

import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.engine.Conversation;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;

/**
 * {@code /aide}: the commands this person may use, in their language; {@code /aide sondage}: how
 * to write one. Brings the router's own texts too.
 */
public final class HelpFeature implements Feature {
    @Override
    public void contribute(Contributions to) {
        to.texts(CommandRouter.BUNDLE)
                .add(CommandRouter.COMMANDS, Command.named("aide").alias("help").arguments(0, 1).harmlessIfForged().does(HelpFeature::run));
    }

    private static void run(CommandCall call) {
        Conversation conversation = call.conversation();
        if (!call.arguments().isEmpty()) {
            Command command = call.findCommand(call.argument(0))
                    .orElseThrow(() -> call.fail("aide.inconnue", call.argument(0)));
            String names = "/" + String.join(", /", command.allNames());
            conversation.reply(call.t("aide.detail", names, call.t(command.summaryKey()), call.t(command.usageKey())));
            return;
        }
        StringBuilder text = new StringBuilder(call.t("aide.titre"));
        for (Command command : call.allCommands()) {
            if (conversation.hasRole(command.minimumRole(), Optional.empty())
                    || conversation.hasRole(command.minimumRole(), conversation.roomGroup())) {
                text.append('\n').append(call.t("aide.ligne", "/" + command.name(), call.t(command.summaryKey())));
            }
        }
        text.append("\n\n").append(call.t("aide.fin"));
        conversation.reply(text.toString());
    }
}
