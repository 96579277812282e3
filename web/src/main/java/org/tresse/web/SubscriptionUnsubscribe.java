package org.tresse.web;

import java.util.Optional;
import java.util.function.Function;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Database;

/**
 * {@link Unsubscribe} on the core's subscriptions: the token names an email address (the email
 * connector's unsubscribe token, given as {@code addressOfToken}); its announcements and digest stop.
 */
public final class SubscriptionUnsubscribe implements Unsubscribe {
    private final Database database;
    private final Subscriptions subscriptions;
    private final Function<String, Optional<String>> addressOfToken;

    public SubscriptionUnsubscribe(Database database, Subscriptions subscriptions, Function<String, Optional<String>> addressOfToken) {
        this.database = database;
        this.subscriptions = subscriptions;
        this.addressOfToken = addressOfToken;
    }

    @Override
    public Outcome unsubscribe(String token) {
        Optional<String> address = addressOfToken.apply(token);
        if (address.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Identity identity = new Identity("email", address.get());
        return database.inTransaction(handle -> {
            if (subscriptions.find(handle, identity).isEmpty()) {
                return Outcome.NOTHING_LEFT;
            }
            subscriptions.unsubscribe(handle, identity, true, true);
            return Outcome.DONE;
        });
    }
}
