package org.tresse.commands.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.core.engine.Conversation;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;

/**
 * {@code /lien [N]}: a personal link to the web ballot (one use, 15 minutes), sent in private,
 * never in a group. When the web asks on behalf of an address it does not vouch for (a vote by
 * email on a public poll), the link goes to that address itself, so only its owner can use it.
 * Install it beside the other features: it contributes the command, its texts and the links'
 * identity-merge step.
 */
public final class LinkFeature implements Feature {
    public static final String BUNDLE = "org.tresse.commands.web.texts";

    private final PersonalLinks links;
    private final Polls polls;
    private final Supplier<String> publicUrl;

    /** @param publicUrl the web front door's address as people reach it */
    public LinkFeature(PersonalLinks links, Polls polls, String publicUrl) {
        this(links, polls, () -> publicUrl);
    }

    /** @param publicUrl the web front door's address, known once its server listens (a free port) */
    public LinkFeature(PersonalLinks links, Polls polls, Supplier<String> publicUrl) {
        this.links = links;
        this.polls = polls;
        this.publicUrl = publicUrl;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE).mergeStep(links::merge).add(CommandRouter.COMMANDS, command());
    }

    Command command() {
        // harmless if forged: the link goes to the sender's own address only, never to whoever asked
        return Command.named("lien", BUNDLE).arguments(0, 1).harmlessIfForged().does(this::run);
    }

    private void run(CommandCall call) {
        Conversation conversation = call.conversation();
        Optional<Long> pollId = Optional.empty();
        String text;
        if (call.arguments().isEmpty()) {
            text = call.t("lien.tous", url(call, Optional.empty()), PersonalLinks.VALIDITY.toMinutes());
        } else {
            Poll poll = polls.getOpen(call.handle(), call.argument(0));
            polls.refusal(call.handle(), poll, call.personId(), true).ifPresent(refusal -> {
                throw refusal;
            });
            pollId = Optional.of(poll.id());
            text = call.t("lien.sondage", poll.key(), Markup.literal(poll.question()), url(call, pollId), PersonalLinks.VALIDITY.toMinutes());
        }
        Identity sender = conversation.inbound().sender();
        if (sender.channel().equals(conversation.inbound().channel())) {
            conversation.replyPrivately(Content.notice(text));
        } else {
            conversation.send(Destination.Direct.to(sender), Content.notice(text), null);
            conversation.reply(call.t("lien.envoye.ailleurs"));
        }
    }

    private String url(CommandCall call, Optional<Long> pollId) {
        return PersonalBallotLinks.url(publicUrl.get(), links.issue(call.handle(), call.personId(), pollId));
    }
}
