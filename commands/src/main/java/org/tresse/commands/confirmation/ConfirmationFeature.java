package org.tresse.commands.confirmation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.ButtonRoute;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.confirmation.Confirmations;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Payload;
import org.tresse.core.text.Truncation;

/**
 * The round trip that lets a sender the channel does not vouch for act as themselves: their
 * command is held, a one-use token goes to their address only (a button; by email, a personal
 * reply address), and the command runs, as verified, when the token comes back from that same
 * identity: by replying to the mail, or by {@code /valider TOKEN}.
 */
public final class ConfirmationFeature implements Feature {
    /** The data of the confirmation button: {@code c:TOKEN}. */
    public static final String BUTTON_PREFIX = "c:";
    private static final Logger log = LoggerFactory.getLogger(ConfirmationFeature.class);
    private static final int SHOWN_COMMAND = 300;

    /** The texts of the confirmation. */
    public static final String BUNDLE = "org.tresse.commands.confirmation.texts";

    private final Confirmations confirmations;

    public ConfirmationFeature(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    /** Adds {@code /valider}, the confirmation button, and makes the router hold what unverified senders ask. */
    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .add(CommandRouter.COMMANDS, Command.named("valider", BUNDLE).arguments(1, 1)
                        .harmlessIfForged().does(this::validate))
                .add(CommandRouter.BUTTONS, new ButtonRoute(BUTTON_PREFIX, this::pressed))
                .add(CommandRouter.UNVERIFIED, this::hold);
    }

    private void hold(CommandCall call, String line) {
        Conversation conversation = call.conversation();
        String token = confirmations.request(call.handle(), conversation.inbound().sender(), line);
        String shown = Truncation.truncate(line, SHOWN_COMMAND);
        String text = call.t("confirmation.demande", shown, Confirmations.VALIDITY.toHours(), token);
        Button button = new Button(call.t("confirmation.bouton"), BUTTON_PREFIX + token);
        conversation.reply(Content.notice(text).withButtons(List.of(List.of(button))));
        log.info("A command from a sender the channel does not vouch for waits for its confirmation");
    }

    /** {@code /valider TOKEN}: the token is the proof, whoever the channel says wrote it. */
    private void validate(CommandCall call) {
        run(call.conversation(), call.argument(0));
    }

    private void pressed(Conversation conversation, Payload.ButtonPress press) {
        run(conversation, press.data().substring(BUTTON_PREFIX.length()));
    }

    /** Runs the held command as verified; its refusal is its own and keeps the token used. */
    private void run(Conversation conversation, String token) {
        String command = confirmations.redeem(conversation.handle(), token, conversation.inbound().sender())
                .orElseThrow(() -> new UserError("confirmation.inconnue"));
        log.debug("A held command is confirmed");
        conversation.handleConfirmed(command);
    }
}
