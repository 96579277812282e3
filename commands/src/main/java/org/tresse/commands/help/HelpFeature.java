package org.tresse.commands.help;

import java.util.ArrayList;
import java.util.List;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.engine.Conversation;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.i18n.Language;

/**
 * {@code /aide}: the commands this person may use, named in their language; {@code /aide sondage}:
 * how to write one. Brings the router's own texts too.
 */
public final class HelpFeature implements Feature {
    @Override
    public void contribute(Contributions to) {
        to.texts(CommandRouter.BUNDLE)
                .add(CommandRouter.COMMANDS, Command.named("aide", CommandRouter.BUNDLE).arguments(0, 1).harmlessIfForged()
                        .does(HelpFeature::run));
    }

    private static void run(CommandCall call) {
        Conversation conversation = call.conversation();
        Language language = conversation.texts().language();
        if (!call.arguments().isEmpty()) {
            Command command = call.findCommand(call.argument(0))
                    .orElseThrow(() -> call.fail("aide.inconnue", call.argument(0)));
            List<String> names = new ArrayList<>(List.of(command.nameIn(language)));
            command.allNames().stream().filter(name -> !names.contains(name)).forEach(names::add);
            conversation.reply(call.t("aide.detail", "/" + String.join(", /", names), call.t(command.summaryKey()),
                    call.t(command.usageKey())));
            return;
        }
        StringBuilder text = new StringBuilder(call.t("aide.titre"));
        for (Command command : call.allCommands()) {
            if (command.offeredTo(conversation)) {
                text.append('\n').append(call.t("aide.ligne", "/" + command.nameIn(language), call.t(command.summaryKey())));
            }
        }
        text.append("\n\n").append(call.t("aide.fin"));
        conversation.reply(text.toString());
    }
}
