package org.tresse.commands.announcement;

import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.core.announcement.Subscription;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.message.Identity;

/**
 * {@code /abonner [annonces|recap|tout]}, {@code /desabonner [...]}: announcements in private on
 * the channel written from, and the periodic digest. A chat channel subscribes at once; an email
 * address confirms first by sending back {@code /confirmer-abonnement TOKEN} (double opt-in).
 */
final class SubscriptionCommands {
    private final Subscriptions subscriptions;
    private final DigestJob digest;

    SubscriptionCommands(Subscriptions subscriptions, DigestJob digest) {
        this.subscriptions = subscriptions;
        this.digest = digest;
    }

    List<Command> commands() {
        return List.of(
                // an email address confirms its subscription by a token anyway (double opt-in)
                Command.named("abonner", AnnouncementFeature.BUNDLE).arguments(0, 1).harmlessIfForged().does(this::subscribe),
                Command.named("desabonner", AnnouncementFeature.BUNDLE).arguments(0, 1).does(this::unsubscribe),
                Command.named("confirmer-abonnement", AnnouncementFeature.BUNDLE).arguments(1, 1)
                        .harmlessIfForged().does(this::confirm));
    }

    /** What the person asks for: {notifications, digest}. */
    private static boolean[] what(CommandCall call) {
        if (call.arguments().isEmpty()) {
            return new boolean[] {true, true};
        }
        Vocabulary words = Vocabulary.of(AnnouncementFeature.BUNDLE);
        String word = call.argument(0);
        if (words.means("mots.abonnement.annonces", word)) {
            return new boolean[] {true, false};
        }
        if (words.means("mots.abonnement.recap", word)) {
            return new boolean[] {false, true};
        }
        if (words.means("mots.abonnement.tout", word)) {
            return new boolean[] {true, true};
        }
        throw call.fail("abonnement.quoi", word);
    }

    private void subscribe(CommandCall call) {
        boolean[] what = what(call);
        Identity identity = call.conversation().inbound().sender();
        Optional<Subscription> before = subscriptions.find(call.handle(), identity);
        if (before.isPresent() && !before.get().pending() && (!what[0] || before.get().notifications())
                && (!what[1] || before.get().digest())) {
            throw call.fail("abonnement.deja", describe(call, before.get()));
        }
        Subscription subscription = subscriptions.subscribe(call.handle(), call.personId(), identity, what[0], what[1]);
        if (subscription.digest()) {
            digest.ensureScheduled(call.handle());
        }
        if (subscription.pending()) {
            call.reply("abonnement.email.confirmer", identity.id(), subscription.token().orElseThrow(),
                    Subscriptions.TOKEN_VALIDITY.toDays());
            return;
        }
        call.reply("abonnement.fait", describe(call, subscription), identity.channel());
    }

    private void unsubscribe(CommandCall call) {
        boolean[] what = what(call);
        Identity identity = call.conversation().inbound().sender();
        if (subscriptions.find(call.handle(), identity).isEmpty()) {
            throw call.fail("desabonnement.rien", identity.channel());
        }
        Optional<Subscription> remaining = subscriptions.unsubscribe(call.handle(), identity, what[0], what[1]);
        if (remaining.isEmpty()) {
            call.reply("desabonnement.fait", identity.channel());
        } else {
            call.reply("desabonnement.partiel", describe(call, remaining.get()));
        }
    }

    private void confirm(CommandCall call) {
        Identity identity = call.conversation().inbound().sender();
        Subscription subscription = subscriptions.confirm(call.handle(), identity, call.argument(0))
                .orElseThrow(() -> call.fail("abonnement.token.invalide"));
        call.reply("abonnement.confirme", describe(call, subscription));
    }

    private static String describe(CommandCall call, Subscription subscription) {
        if (subscription.notifications() && subscription.digest()) {
            return call.t("abonnement.les.deux");
        }
        return call.t(subscription.notifications() ? "abonnement.annonces" : "abonnement.recap");
    }
}
