package org.tresse.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tresse.core.message.Inbound;

/**
 * How the logs name an event: its channel and a keyed digest of its id, under a key of this run
 * only. The lines of one event can be followed; the channel's own event id (which can name the
 * chat, or be looked up in the channel's bookkeeping) never appears, so no log line of an event
 * leads to the person who sent it, an anonymous voice included.
 */
final class EventTag {
    private final SecretKeySpec key;

    private EventTag(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Tags under a fresh random key. */
    static EventTag random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new EventTag(key);
    }

    String of(Inbound inbound) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((inbound.channel() + '\n' + inbound.eventId()).getBytes(StandardCharsets.UTF_8));
            return inbound.channel() + "#" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
