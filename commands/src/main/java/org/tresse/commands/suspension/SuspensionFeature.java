package org.tresse.commands.suspension;

import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.channel.Suspensions;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.people.Role;

/**
 * {@code /suspensions}: the addresses no newsletter or announcement goes to any more after repeated
 * bounces, and {@code /suspensions lever ADRESSE} once an address works again (the coordination).
 * Installed by the app when a channel keeps suspensions (the email channel).
 */
public final class SuspensionFeature implements Feature {
    public static final String BUNDLE = "org.tresse.commands.suspension.texts";

    private final Suspensions suspensions;

    public SuspensionFeature(Suspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .add(CommandRouter.COMMANDS, Command.named("suspensions", BUNDLE).role(Role.COORDINATOR).arguments(0, 2).does(this::run));
    }

    private void run(CommandCall call) {
        if (call.arguments().isEmpty()) {
            list(call);
            return;
        }
        if (call.arguments().size() != 2 || !Vocabulary.of(BUNDLE).means("mots.suspension.lever", call.argument(0))) {
            throw call.usage();
        }
        String address = call.argument(1).strip();
        if (!suspensions.lift(call.handle(), address)) {
            throw call.fail("suspension.inconnue", address);
        }
        call.reply("suspension.levee", address);
    }

    private void list(CommandCall call) {
        List<Suspensions.Suspended> all = suspensions.suspended(call.handle());
        if (all.isEmpty()) {
            call.reply("suspensions.aucune");
            return;
        }
        StringBuilder text = new StringBuilder(call.t("suspensions.titre", all.size()));
        for (Suspensions.Suspended suspended : all) {
            text.append('\n').append(call.t("suspensions.ligne", suspended.address(), suspended.failures(),
                    Optional.ofNullable(suspended.lastStatus()).orElse("?")));
        }
        text.append("\n\n").append(call.t("suspensions.fin", all.get(0).address()));
        call.conversation().reply(text.toString());
    }
}
