package org.tresse.core.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.internal.ContentCodec;
import org.tresse.core.outbox.internal.SealedMessage;
import org.tresse.core.store.Handle;

/** An outbox row read back, its sealed receipts opened with this instance's seal. */
final class OutboxRows {
    private final ReceiptSeal seal;

    OutboxRows(ReceiptSeal seal) {
        this.seal = seal;
    }

    /** The row as workers see it; null for a sealed row of another run, which cannot be opened here. */
    OutboxRow row(ResultSet row) throws SQLException {
        String stored = row.getString("content");
        Destination destination;
        String json;
        if (stored.startsWith(ReceiptSeal.PREFIX)) {
            Optional<SealedMessage> sealed = seal.open(stored).map(SealedMessage::read);
            if (sealed.isEmpty()) {
                return null;
            }
            destination = sealed.get().destination(row.getString("channel"));
            json = sealed.get().json();
        } else {
            String room = row.getString("room");
            destination = room != null
                    ? new Destination.Room(row.getString("channel"), room, RoomKind.valueOf(row.getString("room_kind")))
                    : new Destination.Direct(row.getString("channel"), row.getString("recipient"));
            json = stored;
        }
        int attempts = row.getInt("attempts");
        return new OutboxRow(
                new Outbound(row.getLong("id"), destination, ContentCodec.read(json), attempts + 1,
                        Outbox.EPHEMERAL.equals(row.getString("correlation"))),
                row.getString("correlation"),
                OutboxStatus.valueOf(row.getString("status")),
                attempts,
                Handle.instant(row, "not_before"),
                row.getString("remote_id"),
                row.getString("last_error"));
    }
}
