package org.tresse.core.announcement;

import java.time.Instant;
import java.util.Optional;
import org.tresse.core.message.Identity;

/**
 * One identity's subscription: private notifications of announcements on that channel, the
 * periodic digest, or both. An email address is {@code pending} until it confirms with its token.
 *
 * @param digestSince the digest tells of what happened from this instant on
 */
public record Subscription(
        long id,
        long personId,
        Identity identity,
        boolean notifications,
        boolean digest,
        boolean pending,
        Optional<String> token,
        Instant digestSince) {}
