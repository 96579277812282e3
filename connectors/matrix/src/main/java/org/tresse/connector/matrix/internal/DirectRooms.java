package org.tresse.connector.matrix.internal;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the private room with a person, or opens one ({@code createRoom} with {@code is_direct}) and keeps it. */
public final class DirectRooms {
    private static final Logger log = LoggerFactory.getLogger(DirectRooms.class);

    private final MatrixClient client;
    private final Session session;
    private final MatrixStore store;
    private final RoomDirectory rooms;

    public DirectRooms(MatrixClient client, Session session, MatrixStore store, RoomDirectory rooms) {
        this.client = client;
        this.session = session;
        this.store = store;
        this.rooms = rooms;
    }

    public String roomFor(String userId) throws IOException, InterruptedException {
        Optional<String> stored = store.directRoom(userId);
        if (stored.isPresent()) {
            return stored.get();
        }
        Optional<String> listed = rooms.directRoomOf(userId);
        String roomId = listed.isPresent() ? listed.get() : session.authorized(() -> client.createDirectRoom(userId));
        store.saveDirectRoom(userId, roomId);
        rooms.addDirect(roomId);
        log.info("{} a private Matrix room {} with {}", listed.isPresent() ? "Found" : "Opened", roomId, userId);
        return roomId;
    }
}
