package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices the connector itself posts to a room (an encrypted room, a gap it could not fill),
 * in French then English, as {@code m.notice}. Each has a fixed transaction id, so a replay
 * of the same sync can't post it twice.
 */
public final class Notices {
    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    static final String ENCRYPTION = "encryption";

    static final String ENCRYPTED_ROOM_TEXT = MatrixTexts.both("salon.chiffre", "\n\n");
    static final String GAP_TEXT = MatrixTexts.both("salon.messages.manques", "\n\n");

    private final MatrixClient client;
    private final Session session;
    private final MatrixStore store;
    private final boolean behindProxy;

    public Notices(MatrixClient client, Session session, MatrixStore store, boolean behindProxy) {
        this.client = client;
        this.session = session;
        this.store = store;
        this.behindProxy = behindProxy;
    }

    /**
     * Tells a room once (ever) that the bot cannot read it; logs at warn once per run. Behind an
     * encryption proxy (pantalaimon), which decrypts for the bot, only notes it.
     */
    public void encryptedRoom(String roomId) {
        if (behindProxy) {
            log.info("Matrix room {} is end-to-end encrypted; the encryption proxy decrypts it for Tresse", roomId);
            return;
        }
        log.warn("Matrix room {} is end-to-end encrypted: Tresse cannot read its messages (run it behind pantalaimon "
                + "to take part in encrypted rooms)", roomId);
        if (store.noticeSent(roomId, ENCRYPTION)) {
            return;
        }
        if (post(roomId, "tresse-notice-encryption", ENCRYPTED_ROOM_TEXT)) {
            store.markNoticeSent(roomId, ENCRYPTION);
        }
    }

    /** Tells a room that messages may have been missed between two syncs. */
    public void gap(String roomId, String gapToken) {
        post(roomId, "tresse-notice-gap-" + Integer.toHexString(gapToken.hashCode()), GAP_TEXT);
    }

    private boolean post(String roomId, String txnId, String text) {
        ObjectNode content = client.json().createObjectNode();
        content.put("msgtype", "m.notice");
        content.put("body", text);
        try {
            session.authorized(() -> client.send(roomId, "m.room.message", txnId, content));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("Could not post a notice to Matrix room {}: {}", roomId, e.getMessage());
            return false;
        }
    }
}
